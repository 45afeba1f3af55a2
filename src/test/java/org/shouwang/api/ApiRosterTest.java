package org.shouwang.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.roster.RosterService;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The published roster and one volunteer's duties through the API: what volunteers were told, by date. */
class ApiRosterTest extends ApiTestBase {

    private static final String MONDAY = ApiSamples.MONDAY.toString();
    private static final String TUESDAY = ApiSamples.MONDAY.plusDays(1).toString();
    private static final String WEDNESDAY = ApiSamples.MONDAY.plusDays(2).toString();

    private JsonNode roster(ApiSamples.Sample s, String from, String to) throws Exception {
        MockHttpServletResponse response = call(get(COMMUNITIES + s.communityId() + "/roster")
                .param("from", from).param("to", to), s.readOnly());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return body(response);
    }

    /** id → published volunteer's code (null: empty) of the seats starting on these days, from the database. */
    private Map<Long, String> published(ApiSamples.Sample s, String from, String until) {
        Map<Long, String> seats = new java.util.HashMap<>();
        jdbc.query("""
                select a.id, v.code from assignment a left join volunteer v on v.id = a.published_volunteer_id
                where a.roster_id = ? and a.starts_at >= cast(? as timestamp) and a.starts_at < cast(? as timestamp)""",
                row -> {
                    seats.put(row.getLong(1), row.getString(2));
                }, s.rosterId(), from + " 00:00:00", until + " 00:00:00");
        return seats;
    }

    @Test
    void the_roster_of_a_date_range_is_every_published_seat_starting_in_it_by_start() throws Exception {
        ApiSamples.Sample s = samples.sample();

        JsonNode monday = roster(s, MONDAY, MONDAY);
        JsonNode all = roster(s, MONDAY, WEDNESDAY);

        assertThat(monday.path("from").asText()).isEqualTo(MONDAY);
        Map<Long, String> shown = new java.util.HashMap<>();
        monday.path("seats").forEach(seat -> shown.put(seat.path("assignmentId").asLong(),
                seat.path("volunteer").isNull() ? null : seat.path("volunteer").asText()));
        assertThat(shown).isEqualTo(published(s, MONDAY, TUESDAY)).isNotEmpty();
        assertThat(all.path("seats")).hasSize(published(s, MONDAY, ApiSamples.MONDAY.plusDays(3).toString()).size())
                .hasSizeGreaterThan(monday.path("seats").size());
        List<String> starts = new ArrayList<>();
        all.path("seats").forEach(seat -> starts.add(seat.path("start").asText()));
        assertThat(starts).isSorted();
        JsonNode first = all.path("seats").get(0);
        assertThat(first.fieldNames()).toIterable().contains("assignmentId", "version", "compound", "compoundName",
                "post", "postName", "start", "end", "seat", "skill", "volunteer", "volunteerName");
    }

    @Test
    void a_draft_change_shows_only_after_it_is_published() throws Exception {
        ApiSamples.Sample s = samples.sample();
        TestUsers.signIn(Roles.SECRETARY, s.communityId(), null);
        ctx.getBean(RosterService.class).assign(s.seat(), version(s.seat()), null);
        TestUsers.signOut();

        JsonNode roster = roster(s, MONDAY, WEDNESDAY);

        List<String> holders = new ArrayList<>();
        roster.path("seats").forEach(seat -> {
            if (seat.path("assignmentId").asLong() == s.seat()) {
                holders.add(seat.path("volunteer").asText());
            }
        });
        assertThat(holders).containsExactly(s.volunteer());
    }

    @Test
    void a_volunteers_duties_are_their_published_seats_in_the_range() throws Exception {
        ApiSamples.Sample s = samples.sample();

        MockHttpServletResponse response = call(get(COMMUNITIES + s.communityId() + "/volunteers/" + s.volunteer()
                + "/duties").param("from", MONDAY).param("to", WEDNESDAY), s.readOnly());

        assertThat(response.getStatus()).isEqualTo(200);
        JsonNode duties = body(response);
        assertThat(duties.path("volunteer").asText()).isEqualTo(s.volunteer());
        List<Long> ids = new ArrayList<>();
        duties.path("duties").forEach(d -> {
            ids.add(d.path("assignmentId").asLong());
            assertThat(d.path("volunteer").asText()).isEqualTo(s.volunteer());
        });
        List<Long> expected = jdbc.queryForList("""
                select a.id from assignment a join volunteer v on v.id = a.published_volunteer_id
                where a.roster_id = ? and v.code = ? order by a.starts_at""", Long.class, s.rosterId(), s.volunteer());
        assertThat(ids).containsExactlyElementsOf(expected).isNotEmpty();
    }

    @Test
    void an_unknown_volunteer_is_not_found() throws Exception {
        ApiSamples.Sample s = samples.sample();

        MockHttpServletResponse response = call(get(COMMUNITIES + s.communityId() + "/volunteers/V9999/duties"),
                s.readOnly());

        assertThat(response.getStatus()).isEqualTo(404);
    }

    @Test
    void bad_dates_are_refused_with_each_parameter_named() throws Exception {
        ApiSamples.Sample s = samples.sample();
        String roster = COMMUNITIES + s.communityId() + "/roster";

        JsonNode missing = body(call(get(roster).header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readOnly()));
        JsonNode malformed = body(call(get(roster).param("from", "2020-02-30").param("to", WEDNESDAY)
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readOnly()));
        JsonNode backwards = body(call(get(roster).param("from", WEDNESDAY).param("to", MONDAY), s.readOnly()));
        JsonNode tooLong = body(call(get(roster).param("from", "2020-01-01").param("to", "2020-12-31")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en"), s.readOnly()));

        assertThat(missing.path("status").asInt()).isEqualTo(400);
        assertThat(missing.path("problems").findValuesAsText("path")).containsExactly("from", "to");
        assertThat(malformed.at("/problems/0/path").asText()).isEqualTo("from");
        assertThat(malformed.at("/problems/0/message").asText()).isEqualTo("malformed date 2020-02-30, expected yyyy-MM-dd");
        assertThat(backwards.at("/problems/0/path").asText()).isEqualTo("to");
        assertThat(backwards.at("/problems/0/message").asText()).contains(MONDAY, WEDNESDAY);
        assertThat(tooLong.at("/problems/0/message").asText()).isEqualTo("covers 366 days, at most 92 may be read at once");
    }
}
