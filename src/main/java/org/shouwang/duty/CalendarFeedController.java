package org.shouwang.duty;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;

/**
 * {@code GET /calendar/<token>.ics} (and HEAD) (with {@code ?lang=en} in English): a volunteer's duties for calendar apps, which cannot sign in, so
 * the secret token in the URL is the credential. Anything but a working token gets 404 with an empty
 * body: a caller cannot tell a wrong token from a revoked one, nor learn that a volunteer exists.
 */
@RestController
public class CalendarFeedController {

    /** The path prefix that the security configuration opens to anonymous callers. */
    public static final String PATH = "/calendar/";
    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);
    private static final String SUFFIX = ".ics";

    private final CalendarService calendarService;

    public CalendarFeedController(CalendarService calendarService) {
        this.calendarService = calendarService;
    }

    /** HEAD (calendar apps ask before they fetch) answers as GET does, with the length but without the body. */
    @RequestMapping(path = PATH + "{file}", method = {RequestMethod.GET, RequestMethod.HEAD})
    ResponseEntity<byte[]> feed(@PathVariable String file, @RequestParam(required = false) String lang,
                                HttpMethod method) {
        String token = file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : null;
        return calendarService.feed(token, CalendarService.feedLanguage(lang))
                .map(ics -> {
                    byte[] body = ics.getBytes(StandardCharsets.UTF_8);
                    ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                            .contentType(TEXT_CALENDAR)
                            .contentLength(body.length)
                            // The URL is a secret: no shared cache may keep the answer.
                            .cacheControl(CacheControl.noStore());
                    return HttpMethod.HEAD.equals(method) ? ok.<byte[]>build() : ok.body(body);
                })
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
