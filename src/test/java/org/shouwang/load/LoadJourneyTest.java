package org.shouwang.load;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.plan.PostKind;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterWindow;
import org.shouwang.security.AccountService;
import org.shouwang.security.AccountUserDetailsService;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load command's client against the app over real HTTP: it signs volunteers in, reaches My duties
 * through Vaadin's protocol (the page shows the volunteer's own duty), fetches the calendar feed, changes
 * a one-time password where the app asks, and comes back with the remember-me cookie alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadJourneyTest {

    private static final String PASSWORD = "eigenes-passwort";

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService users;
    @Autowired
    PublishingService publishing;
    @Autowired
    Clock clock;

    private Community community;
    private final List<Volunteer> volunteers = new ArrayList<>();
    private final List<Journey.Login> logins = new ArrayList<>();
    private String postName;

    /** Once for both tests: accounts take a few bcrypt hashes each. The first test leaves them as it found them. */
    @BeforeAll
    void fourVolunteersWithAPublishedDutyOneOfThemWithAOneTimePassword() {
        community = data.community();
        Compound compound = data.compound(community, "翠柳院");
        Post post = data.post(compound, "东门岗", PostKind.GATE);
        postName = post.getName();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        Roster roster = data.timeline(community);
        for (int i = 0; i < 4; i++) {
            Volunteer volunteer = data.volunteer(community, TestData.unique("志愿者"));
            volunteer.setPhone(String.format("137%08d", Math.abs(volunteer.getCode().hashCode() % 100_000_000)));
            volunteers.add(data.save(volunteer));
            data.assignment(roster, post, tomorrow.atTime(7 + i, 0), tomorrow.atTime(11 + i, 0), volunteer);
        }
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        publishing.publish(new RosterWindow(roster.getId(), community.getId(), tomorrow, tomorrow));
        for (Volunteer volunteer : volunteers) {
            String oneTime = accounts.createVolunteerAccount(volunteer.getId());
            logins.add(new Journey.Login(volunteer.getPhone(), oneTime));
        }
        // All but the last choose their own password, as after their first sign-in.
        for (int i = 0; i < 3; i++) {
            TestUsers.signIn(users.loadUserByUsername(logins.get(i).username()));
            accounts.changeOwnPassword(logins.get(i).password(), PASSWORD);
            logins.set(i, new Journey.Login(logins.get(i).username(), PASSWORD));
        }
        TestUsers.signOut();
    }

    @AfterAll
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_journey_reaches_my_duties_with_the_volunteers_own_duty_and_their_calendar_feed() {
        Map<Step, StepStats> stats = stats();
        Browser phone = browser();
        Journey journey = new Journey(phone, browser(), logins.get(0), options(false, 1), stats);

        assertThat(journey.run()).as(stats.toString()).isTrue();

        assertThat(journey.myDutiesTexts()).contains("你好，" + volunteers.get(0).getName(), "翠柳院 · " + postName);
        assertThat(journey.feed()).get().asString().contains("BEGIN:VEVENT", postName);
        assertThat(stats.get(Step.SIGN_IN).count()).isEqualTo(1);
        assertThat(stats.get(Step.PASSWORD_CHANGE).count()).as("no change asked").isZero();
    }

    @Test
    void the_command_runs_the_volunteers_at_once_changes_a_one_time_password_and_comes_back_remembered() {
        LoadCommand.Report report = LoadCommand.run(options(true, logins.size()), logins);

        assertThat(report.errors()).as(report.steps().toString()).isZero();
        assertThat(report.completed()).isEqualTo(4);
        Map<Step, StepStats> steps = report.steps();
        for (Step step : List.of(Step.SIGN_IN, Step.MY_DUTIES, Step.CALENDAR_LINK, Step.ICS, Step.REMEMBERED, Step.JOURNEY)) {
            assertThat(steps.get(step).count()).as(step.label()).isEqualTo(4);
        }
        // Only the volunteer with the one-time password was asked, and stays remembered after the change.
        assertThat(steps.get(Step.PASSWORD_CHANGE).count()).isEqualTo(1);
        assertThat(steps.get(Step.REMEMBERED).percentile(50)).isPositive();
    }

    @Test
    void with_back_together_every_volunteer_comes_back_remembered_once_all_are_through() {
        // The three with their own password: the other test may have changed the one-time password meanwhile.
        LoadCommand.Report report = LoadCommand.run(options(true, true, 3), logins.subList(0, 3));

        assertThat(report.errors()).as(report.steps().toString()).isZero();
        assertThat(report.completed()).isEqualTo(3);
        assertThat(report.steps().get(Step.BACK_TOGETHER).count()).isEqualTo(3);
        assertThat(report.steps().get(Step.REMEMBERED).count()).as("not one by one").isZero();
        assertThat(report.steps().get(Step.JOURNEY).count()).isEqualTo(3);
    }

    private LoadOptions options(boolean rememberMe, int users) {
        return options(rememberMe, false, users);
    }

    private LoadOptions options(boolean rememberMe, boolean backTogether, int users) {
        return new LoadOptions(URI.create("http://localhost:" + port), users, Duration.ZERO, PASSWORD,
                Optional.of("neues-passwort-2"), Optional.empty(), rememberMe, backTogether, true,
                Duration.ofSeconds(60), "zh-CN");
    }

    private Browser browser() {
        return new Browser(Browser.sharedClient(), URI.create("http://localhost:" + port), Duration.ofSeconds(60), "zh-CN");
    }

    private static Map<Step, StepStats> stats() {
        Map<Step, StepStats> stats = new EnumMap<>(Step.class);
        for (Step step : Step.values()) {
            stats.put(step, new StepStats());
        }
        return stats;
    }
}
