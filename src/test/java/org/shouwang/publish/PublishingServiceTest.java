package org.shouwang.publish;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Roles;
import org.shouwang.duty.Duty;
import org.shouwang.duty.DutyFixture;
import org.shouwang.duty.DutyService;
import org.shouwang.duty.MyChange;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class PublishingServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    Clock clock;

    DutyFixture data;
    Volunteer wang;
    Volunteer li;
    RosterWindow roster;
    Assignment morning;
    Assignment evening;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        wang = data.volunteer("王芳", "13800000001");
        li = data.volunteer("李强", "13800000002");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        roster = data.window(tomorrow, tomorrow.plusDays(6));
        morning = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 0, null, wang);
        evening = data.seat(roster, data.gate, tomorrow.atTime(19, 0), 4, 0, null, li);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void asSecretary() {
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
    }

    private void as(Volunteer volunteer) {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), volunteer.getId());
    }

    @Test
    void publishing_copies_every_seat_to_its_published_volunteer_and_marks_the_seats_published() {
        asSecretary();
        List<SeatChange> published = publishing.publish(roster);

        assertThat(published).extracting(SeatChange::assignmentId, SeatChange::before, SeatChange::after)
                .containsExactly(tuple(morning.getId(), null, "王芳"), tuple(evening.getId(), null, "李强"));
        assertThat(data.reload(data.timeline()).getPublishedAt()).isNotNull();
        assertThat(data.reload(morning).getPublishedAt()).isNotNull();
        assertThat(data.reload(evening).getPublishedAt()).isNotNull();
        assertThat(data.reload(morning).getPublishedVolunteer().getId()).isEqualTo(wang.getId());
        assertThat(publishing.diff(roster)).isEmpty();
    }

    @Test
    void the_diff_shows_the_seats_changed_after_publishing_with_before_and_after() {
        asSecretary();
        publishing.publish(roster);
        data.reassign(morning, li);

        assertThat(publishing.diff(roster))
                .extracting(SeatChange::assignmentId, SeatChange::before, SeatChange::after)
                .containsExactly(tuple(morning.getId(), "王芳", "李强"));
        assertThat(publishing.changedSeatIds(roster)).containsExactly(morning.getId());
    }

    @Test
    void volunteers_see_only_published_duties_and_the_last_published_state_until_the_next_publish() {
        as(wang);
        assertThat(duties.upcomingDuties()).isEmpty();

        asSecretary();
        publishing.publish(roster);
        data.reassign(morning, li);

        as(wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId, Duty::changed)
                .containsExactly(tuple(morning.getId(), true));
        as(li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(evening.getId());

        asSecretary();
        publishing.publish(roster);
        as(wang);
        assertThat(duties.upcomingDuties()).isEmpty();
        as(li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(morning.getId(), evening.getId());
    }

    @Test
    void a_volunteer_sees_what_changed_for_them_since_they_last_looked() {
        asSecretary();
        publishing.publish(roster);
        as(wang);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::startsAt)
                .containsExactly(tuple(DutyChange.Kind.ADDED, morning.getStartsAt()));
        duties.markChangesSeen();
        assertThat(duties.changesSinceLastLook()).isEmpty();

        asSecretary();
        data.reassign(morning, li);
        publishing.publish(roster);

        as(wang);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::post)
                .containsExactly(tuple(DutyChange.Kind.REMOVED, "北门"));
        as(li);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::startsAt)
                .contains(tuple(DutyChange.Kind.ADDED, morning.getStartsAt()));
    }

    @Test
    void released_seats_are_not_kept_for_the_solver_until_the_next_publish() {
        asSecretary();
        publishing.publish(roster);
        assertThat(publishing.keptSeats(roster))
                .containsEntry(morning.getId(), wang.getId()).containsEntry(evening.getId(), li.getId());

        publishing.release(roster, List.of(morning.getId()));
        assertThat(publishing.keptSeats(roster)).containsOnlyKeys(evening.getId());

        publishing.publish(roster);
        assertThat(publishing.keptSeats(roster)).containsOnlyKeys(morning.getId(), evening.getId());
    }

    @Test
    void a_re_plan_gets_released_seats_empty_and_keeps_the_others_as_previous_assignments() {
        // The seats a solver knows are those the demand makes.
        data.demand(data.gate, java.time.LocalTime.of(7, 0), java.time.LocalTime.of(11, 0), 1);
        data.demand(data.gate, java.time.LocalTime.of(19, 0), java.time.LocalTime.of(23, 0), 1);
        asSecretary();
        publishing.publish(roster);
        publishing.release(roster, List.of(morning.getId()));
        PlanDocument snapshot = ctx.getBean(PlanSnapshotService.class)
                .snapshot(data.community.getId(), roster.from(), roster.to(), roster.rosterId());

        PlanDocument replan = publishing.forReplanning(roster, snapshot);

        assertThat(replan.assignments()).extracting(AssignmentDef::start, AssignmentDef::volunteer)
                .containsExactlyInAnyOrder(tuple(morning.getStartsAt(), null), tuple(evening.getStartsAt(), li.getCode()));
        assertThat(snapshot.assignments()).extracting(AssignmentDef::volunteer).doesNotContainNull();
    }

    @Test
    void only_the_secretary_of_the_community_may_publish_or_read_the_diff() {
        as(wang);
        assertThatThrownBy(() -> publishing.publish(roster)).isInstanceOf(AccessDeniedException.class);

        DutyFixture other = new DutyFixture(ctx);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> publishing.diff(roster)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publish(roster)).isInstanceOf(AccessDeniedException.class);
        assertThat(data.reload(morning).getPublishedAt()).isNull();
        assertThat(data.reload(data.timeline()).getPublishedAt()).isNull();
    }

    @Test
    void a_duty_that_is_over_is_not_upcoming_but_counts_as_hours_served() {
        LocalDateTime yesterday = LocalDate.now(clock).minusDays(1).atTime(7, 0);
        RosterWindow past = data.window(yesterday.toLocalDate(), yesterday.toLocalDate());
        Assignment served = data.seat(past, data.gate, yesterday, 5, 0, null, wang);
        asSecretary();
        publishing.publish(past);
        publishing.publish(roster);

        as(wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).doesNotContain(served.getId());
        assertThat(duties.hoursServed()).isEqualTo(5.0);
    }

    @Test
    void publishing_a_window_leaves_the_seats_outside_it_as_they_are() {
        LocalDate later = roster.to().plusDays(3);
        Assignment outside = data.seat(roster, data.gate, later.atTime(7, 0), 4, 0, null, wang);
        asSecretary();

        List<SeatChange> published = publishing.publish(roster);

        assertThat(published).extracting(SeatChange::assignmentId).containsExactly(morning.getId(), evening.getId());
        assertThat(data.reload(outside).getPublishedAt()).isNull();
        assertThat(data.reload(outside).getPublishedVolunteer()).isNull();
        RosterWindow next = roster.moved(later, later);
        assertThat(publishing.diff(next)).extracting(SeatChange::assignmentId).containsExactly(outside.getId());
        as(wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(morning.getId());
    }
}
