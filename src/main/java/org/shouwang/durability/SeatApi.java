package org.shouwang.durability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's HTTP API as the benchmark uses it: the published roster of one community, and its seats,
 * read and edited with their version ({@code If-Match}), as another system of the district would.
 * One per start of the app, so that no connection of a killed app is used again.
 */
final class SeatApi {

    /** A seat of the draft roster: its id, its version, and its volunteer's code ({@code null}: empty). */
    record Seat(long id, int version, String volunteer) {
    }

    /** The app answered, but not with 2xx. */
    static final class Refused extends Exception {

        private final int status;

        Refused(int status, String body) {
            super("HTTP " + status + (body.isBlank() ? "" : ": " + abbreviate(body)));
            this.status = status;
        }

        int status() {
            return status;
        }

        private static String abbreviate(String body) {
            String line = body.replaceAll("\\s+", " ").strip();
            return line.length() > 200 ? line.substring(0, 200) + "…" : line;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI community;
    private final String token;
    private final Duration timeout;

    /**
     * @param community the community's API address, e.g. {@code http://localhost:8080/api/v1/communities/1}
     * @param token     an API token of that community that may write
     */
    SeatApi(URI community, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        this.community = community;
        this.token = token;
        this.timeout = timeout;
    }

    /** The published seats whose shift starts in the dates. */
    List<Seat> published(LocalDate from, LocalDate to) throws IOException, Refused {
        JsonNode roster = get("/roster?from=" + from + "&to=" + to);
        List<Seat> seats = new ArrayList<>();
        for (JsonNode seat : roster.path("seats")) {
            seats.add(seat(seat));
        }
        return seats;
    }

    /** A seat as it is now in the draft. */
    Seat seat(long id) throws IOException, Refused {
        return seat(get("/assignments/" + id));
    }

    /** Puts the volunteer into the seat ({@code null}: empties it), if the seat still has this version. */
    Seat assign(long id, int version, String volunteer) throws IOException, Refused {
        ObjectNode body = JSON.createObjectNode();
        body.put("volunteer", volunteer);
        HttpRequest request = request("/assignments/" + id)
                .header("If-Match", "\"" + version + "\"")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return seat(send(request));
    }

    private JsonNode get(String path) throws IOException, Refused {
        return send(request(path).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(community + path)).timeout(timeout)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Accept-Language", "en");
    }

    private JsonNode send(HttpRequest request) throws IOException, Refused {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new Refused(response.statusCode(), response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The fields the benchmark needs of a seat, published ({@code PublishedSeatView}) or draft ({@code SeatView}). */
    private static Seat seat(JsonNode seat) throws IOException {
        if (!seat.path("assignmentId").isIntegralNumber() || !seat.path("version").isIntegralNumber()) {
            throw new IOException("not a seat: " + seat);
        }
        JsonNode volunteer = seat.path("volunteer");
        return new Seat(seat.get("assignmentId").asLong(), seat.get("version").asInt(),
                volunteer.isTextual() ? volunteer.asText() : null);
    }
}
