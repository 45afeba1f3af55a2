package org.shouwang.planning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.duty.DutyFixture;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.SeatNotPublishedException;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Releasing one published seat: the next solve may move it, every other published seat is kept.
 * Two mornings at the gate of 堰山和畔, published with 甲 and 乙, who both live across the road; 丙 lives
 * here, so the solver would rather give him a seat, but only a released one is his to take. (The
 * committee member who owns the compound across the road lives there too.)
 */
@SpringBootTest
@ActiveProfiles("test")
class ReleaseSeatTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    RosterService rosters;
    @Autowired
    RosterSolverService solverService;
    @Autowired
    PublishingService publishing;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    Clock clock;

    DutyFixture data;
    Volunteer jia;
    Volunteer yi;
    Volunteer member;
    RosterWindow rosterId;
    RosterBoard.Seat first;
    RosterBoard.Seat second;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        Volunteer owner = data.volunteer("刘委员", null);
        Compound across = data.compound("对面院", owner.getId());
        member = livingIn(owner, across);
        jia = livingIn(data.volunteer("甲", "13800000001"), across);
        yi = livingIn(data.volunteer("乙", "13800000002"), across);
        data.volunteer("丙", "13800000003");
        data.demand(data.gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 1);
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        asSecretary();
        rosterId = rosters.open(data.community.getId(), tomorrow, tomorrow.plusDays(1)).orElseThrow();
        List<RosterBoard.Seat> seats = rosters.board(rosterId).seats();
        rosters.assign(seats.get(0).assignmentId(), seats.get(0).version(), jia.getId());
        rosters.assign(seats.get(1).assignmentId(), seats.get(1).version(), yi.getId());
        publishing.publish(rosterId);
        first = seat(seats.get(0).assignmentId());
        second = seat(seats.get(1).assignmentId());
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Volunteer livingIn(Volunteer volunteer, Compound home) {
        volunteer.setHome(home);
        return volunteers.save(volunteer);
    }

    private void asSecretary() {
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
    }

    private RosterBoard.Seat seat(long id) {
        return rosters.board(rosterId).seats().stream().filter(s -> s.assignmentId() == id).findFirst().orElseThrow();
    }

    private void solve() throws InterruptedException {
        RosterSolverServiceTest.Recorder recorder = new RosterSolverServiceTest.Recorder();
        try (RosterSolverService.Subscription ignored = solverService.start(rosterId,
                Duration.ofSeconds(2), recorder)) {
            assertThat(recorder.awaitEnd().state()).isEqualTo(RosterSolverService.State.FINISHED);
        }
    }

    @Test
    void a_released_seat_may_change_in_the_next_solve_while_the_other_published_seats_are_kept() throws Exception {
        assertThat(first.published()).isTrue();
        assertThat(first.released()).isFalse();
        solve();
        assertThat(seat(first.assignmentId()).volunteerName()).as("kept although 丙 lives here").isEqualTo("甲");
        assertThat(seat(second.assignmentId()).volunteerName()).isEqualTo("乙");

        RosterBoard.Seat now = seat(first.assignmentId());
        rosters.setReleased(now.assignmentId(), now.version(), true);
        assertThat(seat(first.assignmentId()).released()).isTrue();
        assertThat(seat(second.assignmentId()).released()).isFalse();
        solve();

        assertThat(seat(first.assignmentId()).volunteerName()).as("the released seat").isEqualTo("丙");
        assertThat(seat(second.assignmentId()).volunteerName()).as("kept").isEqualTo("乙");
        assertThat(seat(first.assignmentId()).released()).as("released until the next publish").isTrue();

        publishing.publish(rosterId);
        assertThat(seat(first.assignmentId())).satisfies(s -> {
            assertThat(s.released()).isFalse();
            assertThat(s.publishedName()).isEqualTo("丙");
        });
    }

    @Test
    void a_released_seat_can_be_kept_again() {
        rosters.setReleased(first.assignmentId(), first.version(), true);
        RosterBoard.Seat released = seat(first.assignmentId());

        rosters.setReleased(released.assignmentId(), released.version(), false);

        assertThat(seat(first.assignmentId()).released()).isFalse();
        assertThat(publishing.keptSeats(rosterId)).containsKeys(first.assignmentId(), second.assignmentId());
    }

    @Test
    void a_seat_never_published_cannot_be_released() {
        LocalDate later = LocalDate.now(clock).plusDays(5);
        RosterWindow draftId = rosters.open(data.community.getId(), later, later).orElseThrow();
        RosterBoard.Seat draft = rosters.board(draftId).seats().get(0);

        assertThatThrownBy(() -> rosters.setReleased(draft.assignmentId(), draft.version(), true))
                .isInstanceOf(SeatNotPublishedException.class);
        assertThat(draft.published()).isFalse();
    }

    @Test
    void only_those_who_may_edit_the_seat_may_release_it() {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), jia.getId());
        assertThatThrownBy(() -> rosters.setReleased(first.assignmentId(), first.version(), true))
                .isInstanceOf(AccessDeniedException.class);
        // A committee member edits only the compounds they own: 堰山和畔 is not theirs.
        TestUsers.signIn(Roles.COMMITTEE, data.community.getId(), member.getId());
        assertThatThrownBy(() -> rosters.setReleased(first.assignmentId(), first.version(), true))
                .isInstanceOf(AccessDeniedException.class);
        DutyFixture other = new DutyFixture(ctx);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> rosters.setReleased(first.assignmentId(), first.version(), true))
                .isInstanceOf(AccessDeniedException.class);

        asSecretary();
        assertThat(seat(first.assignmentId()).released()).isFalse();
    }

    @Test
    void a_committee_member_releases_a_published_seat_of_a_compound_they_own() {
        data.compound.setOwnerId(member.getId());
        ctx.getBean(org.shouwang.community.CompoundRepository.class).save(data.compound);
        TestUsers.signIn(Roles.COMMITTEE, data.community.getId(), member.getId());

        rosters.setReleased(first.assignmentId(), first.version(), true);

        assertThat(seat(first.assignmentId()).released()).isTrue();
    }
}
