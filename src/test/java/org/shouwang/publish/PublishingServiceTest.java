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

    PublishFixture data;
    /** 李强's seat, tomorrow 19:00–23:00 at the gate. */
    Assignment evening;

    @BeforeEach
    void setUp() {
        data = new PublishFixture(ctx, 7);
        evening = data.seat(data.roster, data.gate, data.tomorrow.atTime(19, 0), 4, 0, null, data.li);
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
        List<SeatChange> published = publishing.publish(data.roster);

        assertThat(published).extracting(SeatChange::assignmentId, SeatChange::before, SeatChange::after)
                .containsExactly(tuple(data.morning.getId(), null, "王芳"), tuple(evening.getId(), null, "李强"));
        assertThat(data.reload(data.timeline()).getPublishedAt()).isNotNull();
        assertThat(data.reload(data.morning).getPublishedAt()).isNotNull();
        assertThat(data.reload(evening).getPublishedAt()).isNotNull();
        assertThat(data.reload(data.morning).getPublishedVolunteer().getId()).isEqualTo(data.wang.getId());
        assertThat(publishing.diff(data.roster)).isEmpty();
    }

    @Test
    void the_diff_shows_the_seats_changed_after_publishing_with_before_and_after() {
        asSecretary();
        publishing.publish(data.roster);
        data.reassign(data.morning, data.li);

        assertThat(publishing.diff(data.roster))
                .extracting(SeatChange::assignmentId, SeatChange::before, SeatChange::after)
                .containsExactly(tuple(data.morning.getId(), "王芳", "李强"));
        assertThat(publishing.changedSeatIds(data.roster)).containsExactly(data.morning.getId());
    }

    @Test
    void volunteers_see_only_published_duties_and_the_last_published_state_until_the_next_publish() {
        as(data.wang);
        assertThat(duties.upcomingDuties()).isEmpty();

        asSecretary();
        publishing.publish(data.roster);
        data.reassign(data.morning, data.li);

        as(data.wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId, Duty::changed)
                .containsExactly(tuple(data.morning.getId(), true));
        as(data.li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(evening.getId());

        asSecretary();
        publishing.publish(data.roster);
        as(data.wang);
        assertThat(duties.upcomingDuties()).isEmpty();
        as(data.li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(data.morning.getId(), evening.getId());
    }

    @Test
    void a_volunteer_sees_what_changed_for_them_since_they_last_looked() {
        asSecretary();
        publishing.publish(data.roster);
        as(data.wang);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::startsAt)
                .containsExactly(tuple(DutyChange.Kind.ADDED, data.morning.getStartsAt()));
        duties.markChangesSeen();
        assertThat(duties.changesSinceLastLook()).isEmpty();

        asSecretary();
        data.reassign(data.morning, data.li);
        publishing.publish(data.roster);

        as(data.wang);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::post)
                .containsExactly(tuple(DutyChange.Kind.REMOVED, "北门"));
        as(data.li);
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind, MyChange::startsAt)
                .contains(tuple(DutyChange.Kind.ADDED, data.morning.getStartsAt()));
    }

    @Test
    void released_seats_are_not_kept_for_the_solver_until_the_next_publish() {
        asSecretary();
        publishing.publish(data.roster);
        assertThat(publishing.keptSeats(data.roster))
                .containsEntry(data.morning.getId(), data.wang.getId()).containsEntry(evening.getId(), data.li.getId());

        publishing.release(data.roster, List.of(data.morning.getId()));
        assertThat(publishing.keptSeats(data.roster)).containsOnlyKeys(evening.getId());

        publishing.publish(data.roster);
        assertThat(publishing.keptSeats(data.roster)).containsOnlyKeys(data.morning.getId(), evening.getId());
    }

    @Test
    void a_re_plan_gets_released_seats_empty_and_keeps_the_others_as_previous_assignments() {
        // The seats a solver knows are those the demand makes.
        data.demand(data.gate, java.time.LocalTime.of(7, 0), java.time.LocalTime.of(11, 0), 1);
        data.demand(data.gate, java.time.LocalTime.of(19, 0), java.time.LocalTime.of(23, 0), 1);
        asSecretary();
        publishing.publish(data.roster);
        publishing.release(data.roster, List.of(data.morning.getId()));
        PlanDocument snapshot = ctx.getBean(PlanSnapshotService.class)
                .snapshot(data.community.getId(), data.roster.from(), data.roster.to(), data.roster.rosterId());

        PlanDocument replan = publishing.forReplanning(data.roster, snapshot);

        assertThat(replan.assignments()).extracting(AssignmentDef::start, AssignmentDef::volunteer)
                .containsExactlyInAnyOrder(tuple(data.morning.getStartsAt(), null), tuple(evening.getStartsAt(), data.li.getCode()));
        assertThat(snapshot.assignments()).extracting(AssignmentDef::volunteer).doesNotContainNull();
    }

    @Test
    void only_the_secretary_of_the_community_may_publish_or_read_the_diff() {
        as(data.wang);
        assertThatThrownBy(() -> publishing.publish(data.roster)).isInstanceOf(AccessDeniedException.class);

        DutyFixture other = new DutyFixture(ctx);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> publishing.diff(data.roster)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> publishing.publish(data.roster)).isInstanceOf(AccessDeniedException.class);
        assertThat(data.reload(data.morning).getPublishedAt()).isNull();
        assertThat(data.reload(data.timeline()).getPublishedAt()).isNull();
    }

    @Test
    void a_duty_that_is_over_is_not_upcoming_but_counts_as_hours_served() {
        LocalDateTime yesterday = LocalDate.now(clock).minusDays(1).atTime(7, 0);
        RosterWindow past = data.window(yesterday.toLocalDate(), yesterday.toLocalDate());
        Assignment served = data.seat(past, data.gate, yesterday, 5, 0, null, data.wang);
        asSecretary();
        publishing.publish(past);
        publishing.publish(data.roster);

        as(data.wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).doesNotContain(served.getId());
        assertThat(duties.hoursServed()).isEqualTo(5.0);
    }

    @Test
    void publishing_a_window_leaves_the_seats_outside_it_as_they_are() {
        LocalDate later = data.roster.to().plusDays(3);
        Assignment outside = data.seat(data.roster, data.gate, later.atTime(7, 0), 4, 0, null, data.wang);
        asSecretary();

        List<SeatChange> published = publishing.publish(data.roster);

        assertThat(published).extracting(SeatChange::assignmentId).containsExactly(data.morning.getId(), evening.getId());
        assertThat(data.reload(outside).getPublishedAt()).isNull();
        assertThat(data.reload(outside).getPublishedVolunteer()).isNull();
        RosterWindow next = data.roster.moved(later, later);
        assertThat(publishing.diff(next)).extracting(SeatChange::assignmentId).containsExactly(outside.getId());
        as(data.wang);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(data.morning.getId());
    }
}
