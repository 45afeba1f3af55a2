package org.shouwang.roster;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.duty.DutyService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.publish.PublishingService;
import org.shouwang.solver.Rule;
import org.shouwang.solver.SeatRef;
import org.shouwang.volunteer.Absence;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shouwang.roster.RosterTestData.MONDAY;

@SpringBootTest
@ActiveProfiles("test")
class RosterServiceTest {

    @Autowired
    RosterService service;
    @Autowired
    RosterTestData data;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private RosterBoard openThreeDays(RosterTestData.Made made) {
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        RosterWindow rosterId = service.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
        return service.board(rosterId);
    }


    private static RosterBoard.Seat seat(RosterBoard board, String post, int hour, int day, int seat) {
        return board.seats().stream().filter(s -> s.postCode().equals(post) && s.seat() == seat
                && s.start().equals(MONDAY.plusDays(day).atTime(hour, 0))).findFirst().orElseThrow();
    }

    private static RosterBoard.Seat same(RosterBoard board, RosterBoard.Seat seat) {
        return board.seats().stream().filter(s -> s.assignmentId() == seat.assignmentId()).findFirst().orElseThrow();
    }

    @Test
    void opening_a_horizon_makes_one_empty_seat_per_seat_of_the_demand() {
        RosterBoard board = openThreeDays(data.community("开表"));

        // 2 gates x 2 shifts a day x 2 seats x 3 days
        assertThat(board.seats()).hasSize(24);
        assertThat(board.filled()).isZero();
        assertThat(board.compounds()).extracting(RosterBoard.CompoundInfo::name).containsExactly("甲院", "乙院");
        assertThat(seat(board, "A-N", 7, 0, 0).skill()).isEqualTo("LEAD");
        assertThat(seat(board, "A-N", 7, 0, 1).skill()).isNull();
        assertThat(board.score()).isEqualTo(new RosterScore(0, 24, 0));
    }

    @Test
    void overlapping_windows_show_the_same_seats_of_the_one_timeline() {
        RosterTestData.Made made = data.community("再开");
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);

        RosterWindow first = service.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
        RosterWindow second = service.open(made.communityId(), MONDAY.plusDays(1), MONDAY.plusDays(3)).orElseThrow();

        assertThat(second.rosterId()).isEqualTo(first.rosterId());
        assertThat(service.timelineOf(made.communityId())).contains(first.rosterId());
        List<Long> shared = service.board(first).seats().stream().filter(s -> !s.start().toLocalDate().isBefore(MONDAY.plusDays(1)))
                .map(RosterBoard.Seat::assignmentId).toList();
        assertThat(shared).hasSize(16);
        assertThat(service.board(second).seats()).extracting(RosterBoard.Seat::assignmentId)
                .containsAll(shared).hasSize(24);
    }

    @Test
    void seats_follow_a_changed_demand_and_keep_their_volunteers() {
        RosterTestData.Made made = data.community("需求变化");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat evening = seat(board, "B-S", 19, 1, 1);
        service.assign(evening.assignmentId(), evening.version(), made.volunteerIds().get(4));

        long midday = data.addMiddayDemand(made.gateA());
        RosterWindow rosterId = service.open(made.communityId(), MONDAY, MONDAY.plusDays(2)).orElseThrow();
        RosterBoard grown = service.board(rosterId);

        assertThat(grown.seats()).hasSize(27);
        assertThat(same(grown, evening).volunteerName()).isEqualTo("志愿者5");

        data.removeDemand(midday);
        service.open(made.communityId(), MONDAY, MONDAY.plusDays(2));
        RosterBoard shrunk = service.board(rosterId);
        assertThat(shrunk.seats()).hasSize(24);
        assertThat(shrunk.seats()).noneMatch(s -> s.start().getHour() == 11);
        assertThat(same(shrunk, evening).volunteerName()).isEqualTo("志愿者5");
    }

    @Test
    void a_volunteer_put_into_a_seat_shows_on_the_board_and_the_roster_is_rescored() {
        RosterTestData.Made made = data.community("安排");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat morning = seat(board, "B-S", 7, 0, 0);

        service.assign(morning.assignmentId(), morning.version(), made.volunteerIds().get(5));

        RosterBoard after = service.board(board.window());
        assertThat(same(after, morning).volunteerName()).isEqualTo("志愿者6");
        assertThat(after.filled()).isEqualTo(1);
        assertThat(after.score().empty()).isEqualTo(board.score().empty() - 1);
    }

    @Test
    void emptying_a_seat_leaves_it_empty() {
        RosterTestData.Made made = data.community("清空");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat morning = seat(board, "B-S", 7, 0, 0);
        service.assign(morning.assignmentId(), morning.version(), made.volunteerIds().get(5));
        RosterBoard.Seat filled = same(service.board(board.window()), morning);

        service.assign(filled.assignmentId(), filled.version(), null);

        assertThat(same(service.board(board.window()), morning).filled()).isFalse();
    }

    @Test
    void the_second_editor_of_the_same_seat_gets_a_conflict_and_the_first_change_stays() {
        RosterTestData.Made made = data.community("冲突");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat seenByBoth = seat(board, "B-S", 7, 0, 0);

        service.assign(seenByBoth.assignmentId(), seenByBoth.version(), made.volunteerIds().get(5));

        assertThatThrownBy(() -> service.assign(seenByBoth.assignmentId(), seenByBoth.version(), made.volunteerIds().get(7)))
                .isInstanceOf(SeatConflictException.class)
                .hasMessageContaining("changed this seat");
        assertThatThrownBy(() -> service.setPinned(seenByBoth.assignmentId(), seenByBoth.version(), true))
                .isInstanceOf(SeatConflictException.class);
        RosterBoard.Seat now = same(service.board(board.window()), seenByBoth);
        assertThat(now.volunteerName()).isEqualTo("志愿者6");
        assertThat(now.pinned()).isFalse();
    }

    @Test
    void a_pinned_seat_is_marked_on_the_board_and_can_be_unpinned() {
        RosterTestData.Made made = data.community("锁定");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat seat = seat(board, "A-N", 19, 2, 1);

        service.setPinned(seat.assignmentId(), seat.version(), true);
        RosterBoard.Seat pinned = same(service.board(board.window()), seat);
        assertThat(pinned.pinned()).isTrue();

        service.setPinned(pinned.assignmentId(), pinned.version(), false);
        assertThat(same(service.board(board.window()), seat).pinned()).isFalse();
    }

    @Test
    void a_committee_member_changes_seats_of_the_compounds_they_own_only() {
        RosterTestData.Made made = data.community("包片");
        RosterBoard asSecretary = openThreeDays(made);
        TestUsers.signIn(Roles.COMMITTEE, made.communityId(), made.owner());

        RosterBoard board = service.board(asSecretary.window());
        RosterBoard.Seat own = seat(board, "A-N", 7, 0, 1);
        RosterBoard.Seat other = seat(board, "B-S", 7, 0, 1);
        assertThat(own.editable()).isTrue();
        assertThat(other.editable()).isFalse();

        service.assign(own.assignmentId(), own.version(), made.volunteerIds().get(2));
        assertThatThrownBy(() -> service.assign(other.assignmentId(), other.version(), made.volunteerIds().get(2)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(same(service.board(board.window()), own).volunteerName()).isEqualTo("志愿者3");
    }

    @Test
    void a_committee_member_opens_existing_rosters_but_creates_none() {
        RosterTestData.Made made = data.community("委员");
        TestUsers.signIn(Roles.COMMITTEE, made.communityId(), made.owner());

        assertThat(service.open(made.communityId(), MONDAY, MONDAY.plusDays(2))).isEmpty();
        assertThat(service.timelineOf(made.communityId())).isEmpty();
    }

    @Test
    void a_volunteer_or_another_community_may_not_read_the_roster() {
        RosterTestData.Made made = data.community("外人");
        RosterBoard board = openThreeDays(made);

        TestUsers.signIn(Roles.VOLUNTEER, made.communityId(), made.volunteerIds().get(6));
        assertThatThrownBy(() -> service.board(board.window())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.SECRETARY, made.communityId() + 100_000, null);
        assertThatThrownBy(() -> service.board(board.window())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_volunteer_twice_in_one_shift_breaks_a_rule_that_shows_on_both_seats() {
        RosterTestData.Made made = data.community("重复");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat first = seat(board, "B-S", 7, 0, 0);
        RosterBoard.Seat second = seat(board, "B-S", 7, 0, 1);
        long v6 = made.volunteerIds().get(5);

        service.assign(first.assignmentId(), first.version(), v6);
        service.assign(second.assignmentId(), second.version(), v6);

        RosterBoard after = service.board(board.window());
        assertThat(same(after, first).broken()).isNotEmpty();
        assertThat(same(after, second).broken()).isNotEmpty();
        assertThat(seat(after, "B-S", 19, 0, 0).broken()).isEmpty();
    }

    @Test
    void candidates_are_ranked_and_someone_busy_in_an_overlapping_shift_is_given_a_reason() {
        RosterTestData.Made made = data.community("候选");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat busy = seat(board, "A-N", 7, 0, 1);
        service.assign(busy.assignmentId(), busy.version(), made.volunteerIds().get(2));

        List<SeatCandidate> candidates = service.candidates(seat(board, "B-S", 7, 0, 1).assignmentId());

        assertThat(candidates).hasSize(8);
        SeatCandidate v3 = candidates.stream().filter(c -> c.code().equals("V3")).findFirst().orElseThrow();
        assertThat(v3.eligible()).isFalse();
        assertThat(v3.reasons()).isNotEmpty();
        SeatCandidate best = candidates.get(0);
        assertThat(best.eligible()).isTrue();
        assertThat(best.home()).as("乙院's own people fit best").isTrue();
    }

    @Test
    void a_volunteers_duties_add_up_to_their_hours_of_the_week() {
        RosterTestData.Made made = data.community("个人值班");
        RosterBoard board = openThreeDays(made);
        long v5 = made.volunteerIds().get(4);
        RosterBoard.Seat monday = seat(board, "B-S", 7, 0, 1);
        RosterBoard.Seat tuesday = seat(board, "B-S", 19, 1, 1);
        service.assign(monday.assignmentId(), monday.version(), v5);
        service.assign(tuesday.assignmentId(), tuesday.version(), v5);

        VolunteerDuties duties = service.duties(board.window(), v5);

        assertThat(duties.duties()).extracting(RosterBoard.Seat::assignmentId).containsExactly(monday.assignmentId(), tuesday.assignmentId());
        assertThat(duties.hoursPerWeek()).containsEntry(MONDAY, 8.0);
        assertThat(duties.maxHoursPerWeek()).isEqualTo(24.0);
    }

    @Test
    void coverage_counts_each_compound_and_band_of_the_roster() {
        RosterTestData.Made made = data.community("覆盖");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat seat = seat(board, "A-N", 7, 0, 1);
        service.assign(seat.assignmentId(), seat.version(), made.volunteerIds().get(0));

        List<CoverageRow> rows = service.coverage(board.window());

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).compoundName()).isEqualTo("甲院");
        assertThat(rows.get(0).seats()).isEqualTo(6);
        assertThat(rows.get(0).filled()).isEqualTo(1);
        assertThat(rows).allMatch(r -> r.peopleNeeded() > 0);
    }

    @Test
    void a_solver_result_keeps_pinned_seats_and_seats_edited_while_it_ran() {
        RosterTestData.Made made = data.community("保留编辑");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat pinned = seat(board, "B-S", 7, 0, 1);
        service.assign(pinned.assignmentId(), pinned.version(), made.volunteerIds().get(5));
        service.setPinned(pinned.assignmentId(), pinned.version() + 1, true);
        RosterService.SolveInput input = service.solverInput(board.window());

        // While the solve runs, someone puts V8 into a seat by hand.
        RosterBoard.Seat edited = seat(board, "B-S", 19, 1, 1);
        service.assign(edited.assignmentId(), edited.version(), made.volunteerIds().get(7));

        RosterService.Applied applied = service.applySolverResult(input, everywhere(input.document(), "V4"));

        RosterBoard after = service.board(board.window());
        assertThat(same(after, pinned).volunteerName()).isEqualTo("志愿者6");
        assertThat(same(after, edited).volunteerName()).isEqualTo("志愿者8");
        assertThat(applied.keptEdits()).isEqualTo(1);
        assertThat(applied.changed()).isEqualTo(22);
        assertThat(after.seats()).filteredOn(s -> s.assignmentId() != pinned.assignmentId() && s.assignmentId() != edited.assignmentId())
                .allMatch(s -> "V4".equals(s.volunteerCode()));
        assertThat(after.filled()).isEqualTo(applied.filled());
    }

    /** The solver's answer for a test: one person in every seat (its choice does not matter, only what is kept). */
    private static PlanDocument everywhere(PlanDocument problem, String volunteer) {
        List<AssignmentDef> solved = new java.util.ArrayList<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            for (int s = 0; s < shift.headcount(); s++) {
                solved.add(new AssignmentDef(shift.post(), shift.start(), s, volunteer, false));
            }
        }
        return problem.withAssignments(solved, null);
    }

    @Test
    void a_solver_result_keeps_seats_emptied_pinned_unpinned_or_released_while_it_ran() {
        RosterTestData.Made made = data.community("运行中编辑");
        RosterBoard board = openThreeDays(made);
        RosterBoard.Seat emptied = seat(board, "B-S", 7, 0, 0);
        RosterBoard.Seat unpinned = seat(board, "B-S", 7, 0, 1);
        RosterBoard.Seat pinned = seat(board, "B-S", 19, 0, 0);
        RosterBoard.Seat released = seat(board, "B-S", 19, 0, 1);
        service.assign(emptied.assignmentId(), emptied.version(), made.volunteerIds().get(1));
        service.assign(unpinned.assignmentId(), unpinned.version(), made.volunteerIds().get(2));
        service.setPinned(unpinned.assignmentId(), unpinned.version() + 1, true);
        service.assign(released.assignmentId(), released.version(), made.volunteerIds().get(5));
        publishing.publish(board.window());
        RosterService.SolveInput input = service.solverInput(board.window());

        // While the solve runs, the secretary empties one seat, unpins one, pins one and releases one.
        RosterBoard during = service.board(board.window());
        service.assign(emptied.assignmentId(), same(during, emptied).version(), null);
        service.setPinned(unpinned.assignmentId(), same(during, unpinned).version(), false);
        service.setPinned(pinned.assignmentId(), same(during, pinned).version(), true);
        service.setReleased(released.assignmentId(), same(during, released).version(), true);
        RosterService.Applied applied = service.applySolverResult(input, everywhere(input.document(), "V4"));

        RosterBoard after = service.board(board.window());
        assertThat(same(after, emptied).filled()).isFalse();
        assertThat(same(after, unpinned)).satisfies(s -> {
            assertThat(s.volunteerCode()).isEqualTo("V3");
            assertThat(s.pinned()).isFalse();
        });
        assertThat(same(after, pinned)).satisfies(s -> {
            assertThat(s.filled()).isFalse();
            assertThat(s.pinned()).isTrue();
        });
        assertThat(same(after, released)).satisfies(s -> {
            assertThat(s.volunteerCode()).isEqualTo("V6");
            assertThat(s.released()).isTrue();
        });
        assertThat(applied.keptEdits()).isEqualTo(3);
        Set<Long> edited = Set.of(emptied.assignmentId(), unpinned.assignmentId(), pinned.assignmentId(), released.assignmentId());
        assertThat(after.seats()).filteredOn(s -> !edited.contains(s.assignmentId())).allMatch(s -> "V4".equals(s.volunteerCode()));
    }

    @Test
    void leave_reported_while_the_solver_ran_empties_the_seats_it_gives_that_person_in_the_leave() {
        RosterTestData.Made made = data.community("排班中请假");
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        RosterWindow rosterId = service.open(made.communityId(), tomorrow, tomorrow.plusDays(2)).orElseThrow();
        RosterBoard board = service.board(rosterId);
        long v5 = made.volunteerIds().get(4);
        RosterBoard.Seat held = at(board, "B-S", tomorrow.atTime(7, 0), 0);
        RosterBoard.Seat evening = at(board, "B-S", tomorrow.atTime(19, 0), 0);
        RosterBoard.Seat nextDay = at(board, "B-S", tomorrow.plusDays(1).atTime(7, 0), 0);
        RosterBoard.Seat overruled = at(board, "A-N", tomorrow.atTime(19, 0), 1);
        service.assign(held.assignmentId(), held.version(), v5);
        RosterService.SolveInput input = service.solverInput(rosterId);

        // While the solve runs, V5 reports sick for tomorrow; then the secretary puts V5 in a seat anyway.
        TestUsers.signIn(Roles.VOLUNTEER, made.communityId(), v5);
        duties.reportAbsence(tomorrow, tomorrow, Absence.Reason.SICK, null);
        TestUsers.signIn(Roles.SECRETARY, made.communityId(), null);
        service.assign(overruled.assignmentId(), overruled.version(), v5);

        // The solver, which knew nothing of the leave, keeps V5 where they were and adds two more seats.
        Set<Long> v5Seats = Set.of(held.assignmentId(), evening.assignmentId(), nextDay.assignmentId());
        List<AssignmentDef> solved = input.document().assignments().stream()
                .map(a -> board.seats().stream().anyMatch(s -> v5Seats.contains(s.assignmentId()) && s.ref().equals(
                        new SeatRef(a.post(), a.start(), a.seat())))
                        ? new AssignmentDef(a.post(), a.start(), a.seat(), "V5", false) : a)
                .toList();
        RosterService.Applied applied = service.applySolverResult(input, input.document().withAssignments(solved, null));

        RosterBoard after = service.board(rosterId);
        assertThat(same(after, held).filled()).as("not kept in the seat they left").isFalse();
        assertThat(same(after, evening).filled()).as("not put into the leave").isFalse();
        assertThat(same(after, nextDay).volunteerCode()).as("after the leave").isEqualTo("V5");
        assertThat(same(after, overruled)).as("a person's overrule stays, flagged").satisfies(s -> {
            assertThat(s.volunteerCode()).isEqualTo("V5");
            assertThat(s.broken()).contains(Rule.ON_LEAVE);
        });
        assertThat(applied.leftEmpty()).isEqualTo(2);
        assertThat(applied.keptEdits()).isEqualTo(1);
    }

    private static RosterBoard.Seat at(RosterBoard board, String post, LocalDateTime start, int seat) {
        return board.seats().stream().filter(s -> s.postCode().equals(post) && s.seat() == seat
                && s.start().equals(start)).findFirst().orElseThrow();
    }
}
