package org.shouwang.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One browser (one phone) talking to the app over plain HTTP: its own cookies, redirects followed for
 * page loads as a browser does. Many browsers share one {@link HttpClient} and its connections; the
 * cookies are kept here, by hand, so that a test or a journey can drop one (the session, say) and keep
 * the others. Only what the app sets is handled: name, value, {@code Max-Age=0} to delete, one host.
 */
public final class Browser {

    /** An answer: the status, where it came from (after redirects), the body and the headers. */
    public record Response(int status, URI uri, String body, HttpHeaders headers) {

        public Optional<String> location() {
            return headers.firstValue("Location");
        }
    }

    private static final int MAX_REDIRECTS = 5;

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;
    private final String language;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookieHeaders = new LinkedHashMap<>();

    /**
     * @param http     shared by many browsers; it must not follow redirects itself
     * @param base     the app's address, e.g. {@code http://localhost:8080}
     * @param language the {@code Accept-Language} sent, e.g. {@code zh-CN}
     */
    public Browser(HttpClient http, URI base, Duration timeout, String language) {
        this.http = http;
        this.base = URI.create(base.toString().replaceAll("/+$", "") + "/");
        this.timeout = timeout;
        this.language = language;
    }

    /** A client for browsers: no redirects of its own (browsers keep cookies set on the way). */
    public static HttpClient sharedClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** Opens a page: GET, following redirects as a browser does. */
    public Response open(String path) throws IOException, InterruptedException {
        URI uri = resolve(path);
        for (int hop = 0; ; hop++) {
            Response response = send(request(uri).GET().build());
            Optional<String> location = response.location();
            if (response.status() / 100 != 3 || location.isEmpty() || hop == MAX_REDIRECTS) {
                return response;
            }
            uri = uri.resolve(location.get());
        }
    }

    /** One GET, no redirects followed. */
    public Response get(String path) throws IOException, InterruptedException {
        return send(request(resolve(path)).GET().build());
    }

    /** Posts a form as a browser's form submission does; a redirect is returned, not followed. */
    public Response postForm(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts JSON, as Vaadin's client sends its messages. */
    public Response postJson(String path, String json) throws IOException, InterruptedException {
        return send(request(resolve(path))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
    }

    /** The value of a cookie this browser holds. */
    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    /** The last {@code Set-Cookie} header that set or deleted this cookie, attributes and all. */
    public Optional<String> lastSetCookie(String name) {
        return Optional.ofNullable(setCookieHeaders.get(name));
    }

    /** Sets a cookie by hand (a copied cookie, say). */
    public void putCookie(String name, String value) {
        cookies.put(name, value);
    }

    /** Forgets a cookie, as when the browser is closed (the session cookie) or its data is cleared. */
    public void dropCookie(String name) {
        cookies.remove(name);
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        keepCookies(response.headers().allValues("Set-Cookie"));
        return new Response(response.statusCode(), response.uri(), response.body(), response.headers());
    }

    private HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept-Language", language);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private void keepCookies(List<String> headers) {
        for (String header : headers) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            setCookieHeaders.put(name, header);
            boolean deleted = header.toLowerCase(java.util.Locale.ROOT).matches(".*;\\s*max-age=0(\\s*;.*|\\s*)$")
                    || value.isEmpty();
            if (deleted) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
