package org.shouwang.duty;

import biweekly.Biweekly;
import biweekly.ICalendar;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Translations;
import org.shouwang.base.Roles;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The calendar feed over HTTP, through the real security filter chain, as a calendar app calls it. */
@SpringBootTest
@ActiveProfiles("test")
class CalendarFeedTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    WebApplicationContext web;
    @Autowired
    PublishingService publishing;
    @Autowired
    CalendarService calendars;
    @Autowired
    Clock clock;

    MockMvc http;
    DutyFixture data;
    Volunteer wang;
    Assignment first;
    Assignment second;
    Assignment draftOnly;

    @BeforeEach
    void setUp() {
        http = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        data = new DutyFixture(ctx);
        Volunteer lead = data.volunteer("张组长", "13800000009", "LEAD");
        wang = data.volunteer("王芳", "13800000001");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        RosterWindow roster = data.window(tomorrow, tomorrow.plusDays(1));
        data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 0, "LEAD", lead);
        first = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 1, null, wang);
        second = data.seat(roster, data.gate, tomorrow.plusDays(1).atTime(19, 0), 12, 0, null, wang);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(roster);
        RosterWindow draft = data.window(tomorrow.plusDays(2), tomorrow.plusDays(3));
        draftOnly = data.seat(draft, data.gate, tomorrow.plusDays(2).atTime(7, 0), 4, 0, null, wang);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private String issueTokenAs(Volunteer volunteer) {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), volunteer.getId());
        String token = calendars.issueMyToken();
        // The calendar app that fetches the feed is not signed in.
        TestUsers.signOut();
        return token;
    }

    private MvcResult fetch(String path) throws Exception {
        return http.perform(get(path)).andReturn();
    }

    @Test
    void the_feed_is_valid_icalendar_with_one_event_per_published_duty() throws Exception {
        String token = issueTokenAs(wang);

        MvcResult result = fetch("/" + CalendarService.feedPath(token, Translations.CHINESE));

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Calendar calendar = new CalendarBuilder().build(new StringReader(body));
        assertThat(calendar.validate().hasErrors()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getUid().orElseThrow().getValue())
                .containsExactlyInAnyOrder("duty-" + first.getId() + "@shouwang", "duty-" + second.getId() + "@shouwang");
        VEvent morning = events.stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals("duty-" + first.getId() + "@shouwang"))
                .findFirst().orElseThrow();
        assertThat(Instant.from((Temporal) morning.getDateTimeStart().getDate())).isEqualTo(inAppZone(first.getStartsAt()));
        assertThat(Instant.from((Temporal) morning.getDateTimeEnd().getDate())).isEqualTo(inAppZone(first.getEndsAt()));
        assertThat(morning.getSummary().getValue()).contains("堰山和畔").contains("北门");
        assertThat(morning.getDescription().getValue()).contains("张组长").contains("13800000009");
        assertThat(body).doesNotContain("duty-" + draftOnly.getId() + "@");
    }

    @Test
    void head_answers_like_get_without_a_body_and_without_signing_in() throws Exception {
        String token = issueTokenAs(wang);
        String path = "/" + CalendarService.feedPath(token, Translations.CHINESE);

        MvcResult head = http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head(path))
                .andReturn();

        assertThat(head.getResponse().getStatus()).isEqualTo(200);
        assertThat(head.getResponse().getContentType()).startsWith("text/calendar");
        assertThat(head.getResponse().getContentAsByteArray()).isEmpty();
        assertThat(head.getResponse().getContentLengthLong()).isEqualTo(
                fetch(path).getResponse().getContentAsByteArray().length);
    }

    @Test
    void the_feed_is_a_file_named_shouwang_ics_whose_times_a_phone_in_another_zone_reads_right() throws Exception {
        String token = issueTokenAs(wang);

        MockHttpServletResponse response = fetch("/" + CalendarService.feedPath(token, Translations.CHINESE)).getResponse();

        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getHeader("Content-Disposition")).contains("filename=\"shouwang.ics\"");
        // Read by biweekly, a parser independent of the ical4j that wrote it.
        ICalendar parsed = Biweekly.parse(response.getContentAsString(StandardCharsets.UTF_8)).first();
        biweekly.component.VEvent morning = parsed.getEvents().stream()
                .filter(e -> e.getUid().getValue().equals("duty-" + first.getId() + "@shouwang")).findFirst().orElseThrow();
        assertThat(morning.getDateStart().getValue().hasTime()).isTrue();
        // A phone in New York shows the shift at the New York hour of the community's 07:00.
        ZoneId newYork = ZoneId.of("America/New_York");
        ZonedDateTime onThePhone = morning.getDateStart().getValue().toInstant().atZone(newYork);
        assertThat(onThePhone).isEqualTo(first.getStartsAt().atZone(clock.getZone()).withZoneSameInstant(newYork));
        assertThat(morning.getDateEnd().getValue().toInstant()).isEqualTo(inAppZone(first.getEndsAt()));
        assertThat(clock.getZone()).as("the configured zone of the communities").isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(onThePhone.getHour()).as("07:00 in Shanghai is 18:00 (19:00 in summer) in New York").isIn(18, 19);
    }

    private Instant inAppZone(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    @Test
    void a_link_made_in_english_gives_the_events_in_english() throws Exception {
        String token = issueTokenAs(wang);

        String body = fetch("/" + CalendarService.feedPath(token, Translations.ENGLISH)).getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        VEvent event = new CalendarBuilder().build(new StringReader(body)).<VEvent>getComponents("VEVENT").get(0);
        assertThat(event.getSummary().getValue()).startsWith("Duty: ");
        assertThat(event.getDescription().getValue()).contains("Lead: 张组长").doesNotContain("带班");
    }

    @Test
    void a_wrong_token_gets_404_with_an_empty_body() throws Exception {
        issueTokenAs(wang);
        for (String path : List.of("/calendar/" + "A".repeat(43) + ".ics", "/calendar/short.ics",
                "/calendar/" + "A".repeat(43))) {
            MvcResult result = fetch(path);
            assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404);
            assertThat(result.getResponse().getContentAsByteArray()).as(path).isEmpty();
        }
    }

    @Test
    void a_revoked_or_replaced_token_gets_404_with_an_empty_body() throws Exception {
        String revoked = issueTokenAs(wang);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        calendars.revokeMine();
        assertThat(calendars.hasMyCalendar()).isFalse();
        String replaced = calendars.issueMyToken();
        String current = calendars.issueMyToken();
        TestUsers.signOut();

        for (String token : List.of(revoked, replaced)) {
            MvcResult result = fetch("/" + CalendarService.feedPath(token, Translations.CHINESE));
            assertThat(result.getResponse().getStatus()).isEqualTo(404);
            assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
        }
        assertThat(fetch("/" + CalendarService.feedPath(current, Translations.CHINESE)).getResponse().getStatus()).isEqualTo(200);

        // The secretary revokes it too, e.g. for a lost phone.
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        calendars.revoke(wang.getId());
        TestUsers.signOut();
        assertThat(fetch("/" + CalendarService.feedPath(current, Translations.CHINESE)).getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void the_secretary_revokes_a_volunteers_link_and_the_old_token_gets_404() throws Exception {
        String token = issueTokenAs(wang);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        assertThat(calendars.hasCalendar(wang.getId())).isTrue();

        calendars.revoke(wang.getId());

        assertThat(calendars.hasCalendar(wang.getId())).isFalse();
        TestUsers.signOut();
        MvcResult result = fetch("/" + CalendarService.feedPath(token, Translations.CHINESE));
        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
    }

    @Test
    void only_the_secretary_of_the_volunteers_community_may_revoke_their_link() throws Exception {
        String token = issueTokenAs(wang);
        Volunteer li = data.volunteer("李强", "13800000002");
        DutyFixture other = new DutyFixture(ctx);

        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), li.getId());
        assertThatThrownBy(() -> calendars.revoke(wang.getId())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        assertThatThrownBy(() -> calendars.revoke(wang.getId())).as("their own goes through revokeMine")
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.COMMITTEE, data.community.getId(), li.getId());
        assertThatThrownBy(() -> calendars.revoke(wang.getId())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> calendars.revoke(wang.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.hasCalendar(wang.getId())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signOut();

        assertThat(fetch("/" + CalendarService.feedPath(token, Translations.CHINESE)).getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() {
        String token = issueTokenAs(wang);
        DutySubscriber stored = ctx.getBean(DutySubscriberRepository.class).findByVolunteerId(wang.getId()).orElseThrow();
        assertThat(stored.getCalendarTokenHash()).isNotEqualTo(token).isEqualTo(CalendarService.hash(token));
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
    }
}
