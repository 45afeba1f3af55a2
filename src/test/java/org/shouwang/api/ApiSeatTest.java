package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Filling and emptying a seat through the API, guarded by the seat's version (ETag and If-Match). */
class ApiSeatTest extends ApiTestBase {

    private MockHttpServletRequestBuilder read(ApiSamples.Sample s, long seat) {
        return get(COMMUNITIES + s.communityId() + "/assignments/" + seat);
    }

    private MockHttpServletRequestBuilder edit(ApiSamples.Sample s, long seat, String ifMatch, String body) {
        MockHttpServletRequestBuilder request = put(COMMUNITIES + s.communityId() + "/assignments/" + seat)
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return ifMatch == null ? request : request.header(HttpHeaders.IF_MATCH, ifMatch);
    }

    @Test
    void a_read_gives_the_version_as_etag_and_an_edit_naming_it_fills_the_seat_and_gives_the_next() throws Exception {
        ApiSamples.Sample s = samples.sample();
        MockHttpServletResponse seen = call(read(s, s.seat()), s.readOnly());
        assertThat(seen.getStatus()).isEqualTo(200);
        String etag = seen.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isEqualTo("\"" + version(s.seat()) + "\"");
        assertThat(body(seen).path("volunteer").asText()).isEqualTo(s.volunteer());
        assertThat(body(seen).path("publishedVolunteer").asText()).isEqualTo(s.volunteer());

        MockHttpServletResponse edited = call(edit(s, s.seat(), etag, "{\"volunteer\":\"" + s.otherVolunteer() + "\"}"),
                s.readWrite());

        assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
        assertThat(volunteerIn(s.seat())).isEqualTo(s.otherVolunteer());
        assertThat(edited.getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + version(s.seat()) + "\"").isNotEqualTo(etag);
        JsonNode seat = body(edited);
        assertThat(seat.path("volunteer").asText()).isEqualTo(s.otherVolunteer());
        assertThat(seat.path("version").asInt()).isEqualTo(version(s.seat()));
        // The draft changed; what volunteers were told did not (until the next publish).
        assertThat(seat.path("publishedVolunteer").asText()).isEqualTo(s.volunteer());
    }

    @Test
    void an_edit_naming_a_version_someone_else_changed_since_gets_412_and_changes_nothing() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String seen = "\"" + version(s.seat()) + "\"";
        assertThat(call(edit(s, s.seat(), seen, "{\"volunteer\":null}"), s.readWrite()).getStatus()).isEqualTo(200);

        MockHttpServletResponse stale = call(edit(s, s.seat(), seen, "{\"volunteer\":\"" + s.otherVolunteer() + "\"}"),
                s.readWrite());

        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body(stale).path("detail").asText()).contains("有人修改了这个岗位");
        assertThat(volunteerIn(s.seat())).as("emptied by the first edit, not filled by the stale one").isNull();
    }

    @Test
    void an_edit_without_if_match_gets_428_and_one_with_a_malformed_if_match_400() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String body = "{\"volunteer\":\"" + s.otherVolunteer() + "\"}";

        MockHttpServletResponse missing = call(edit(s, s.seat(), null, body), s.readWrite());
        MockHttpServletResponse any = call(edit(s, s.seat(), "*", body), s.readWrite());
        MockHttpServletResponse weak = call(edit(s, s.seat(), "W/\"" + version(s.seat()) + "\"", body), s.readWrite());

        assertThat(missing.getStatus()).isEqualTo(428);
        assertThat(body(missing).path("detail").asText()).contains("If-Match");
        for (MockHttpServletResponse malformed : java.util.List.of(any, weak)) {
            assertThat(malformed.getStatus()).isEqualTo(400);
            assertThat(body(malformed).at("/problems/0/path").asText()).isEqualTo("If-Match");
        }
        assertThat(volunteerIn(s.seat())).isEqualTo(s.volunteer());
    }

    @Test
    void null_empties_the_seat() throws Exception {
        ApiSamples.Sample s = samples.sample();

        MockHttpServletResponse emptied = call(edit(s, s.seat(), "\"" + version(s.seat()) + "\"", "{\"volunteer\": null}"),
                s.readWrite());

        assertThat(emptied.getStatus()).isEqualTo(200);
        assertThat(body(emptied).path("volunteer").isNull()).isTrue();
        assertThat(volunteerIn(s.seat())).isNull();
    }

    @Test
    void bad_bodies_are_refused_with_the_problem_and_its_path_in_the_requests_language() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String etag = "\"" + version(s.seat()) + "\"";

        JsonNode unknown = body(call(edit(s, s.seat(), etag, "{\"volunteer\":\"V9999\"}"), s.readWrite()));
        JsonNode unknownEn = body(call(edit(s, s.seat(), etag, "{\"volunteer\":\"V9999\"}")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9"), s.readWrite()));
        JsonNode number = body(call(edit(s, s.seat(), etag, "{\"volunteer\": 12}")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readWrite()));
        JsonNode absent = body(call(edit(s, s.seat(), etag, "{}").header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readWrite()));
        JsonNode broken = body(call(edit(s, s.seat(), etag, "{\"volunteer\": ").header(HttpHeaders.ACCEPT_LANGUAGE, "en"),
                s.readWrite()));

        assertThat(unknown.path("status").asInt()).isEqualTo(400);
        assertThat(unknown.at("/problems/0/path").asText()).isEqualTo("volunteer");
        assertThat(unknown.at("/problems/0/message").asText()).isEqualTo("未知的志愿者 \"V9999\"");
        assertThat(unknownEn.at("/problems/0/message").asText()).isEqualTo("unknown volunteer \"V9999\"");
        assertThat(number.at("/problems/0/message").asText()).isEqualTo("expected a string, found a number (12)");
        assertThat(absent.at("/problems/0/path").asText()).isEqualTo("volunteer");
        assertThat(absent.at("/problems/0/message").asText()).isEqualTo("missing, expected a string");
        assertThat(broken.at("/problems/0/message").asText()).startsWith("the body is not valid JSON");
        assertThat(volunteerIn(s.seat())).isEqualTo(s.volunteer());
        assertThat(version(s.seat())).isEqualTo(Integer.parseInt(etag.replace("\"", "")));
    }

    @Test
    void a_seat_of_another_community_is_not_found_even_at_the_tokens_own_community() throws Exception {
        ApiSamples.Sample mine = samples.sample();
        ApiSamples.Sample theirs = samples.sample();

        MockHttpServletResponse read = call(read(mine, theirs.seat()), mine.readWrite());
        MockHttpServletResponse edit = call(edit(mine, theirs.seat(), "\"" + version(theirs.seat()) + "\"",
                "{\"volunteer\": null}"), mine.readWrite());
        MockHttpServletResponse none = call(read(mine, Long.MAX_VALUE), mine.readWrite());

        assertThat(read.getStatus()).isEqualTo(404);
        assertThat(edit.getStatus()).isEqualTo(404);
        assertThat(none.getStatus()).isEqualTo(404);
        // Answered as a seat that does not exist at all: the token learns nothing of the other community.
        assertThat(body(read).path("detail")).isEqualTo(body(none).path("detail"));
        assertThat(volunteerIn(theirs.seat())).isEqualTo(theirs.volunteer());
    }
}
