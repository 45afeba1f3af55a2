package org.shouwang.duty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.roster.RosterWindow;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class DutyServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    CalendarService calendars;
    @Autowired
    VolunteerRepository volunteers;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Clock clock;

    DutyFixture data;
    Volunteer lead;
    Volunteer wang;
    Volunteer li;
    Volunteer zhao;
    LocalDate tomorrow;
    RosterWindow roster;
    Assignment leadSeat;
    Assignment wangSeat;
    Assignment liSeat;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        lead = data.volunteer("张组长", "13800000009", "LEAD");
        wang = data.volunteer("王芳", "13800000001");
        li = data.volunteer("李强", "13800000002");
        zhao = data.volunteer("赵敏", "13800000003");
        tomorrow = LocalDate.now(clock).plusDays(1);
        roster = data.window(tomorrow, tomorrow.plusDays(6));
        data.demand(data.gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 3, "LEAD");
        leadSeat = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 0, "LEAD", lead);
        wangSeat = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 1, null, wang);
        liSeat = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 2, null, li);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(roster);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private void as(Volunteer volunteer) {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), volunteer.getId());
    }

    @Test
    void the_next_duty_names_the_team_and_gives_only_the_leads_phone() {
        as(wang);
        Duty next = duties.nextDuty().orElseThrow();

        assertThat(next.assignmentId()).isEqualTo(wangSeat.getId());
        assertThat(next.startsAt()).isEqualTo(tomorrow.atTime(7, 0));
        assertThat(next.compound()).isEqualTo("堰山和畔");
        assertThat(next.post()).isEqualTo("北门");
        assertThat(next.teammates()).containsExactly("张组长", "李强");
        assertThat(next.lead()).isEqualTo("张组长");
        assertThat(next.leadPhone()).isEqualTo("13800000009");
        assertThat(next.iLead()).isFalse();
        assertThat(next.onLeave()).isFalse();
        assertThat(next.toString()).doesNotContain("13800000002");
    }

    @Test
    void a_volunteer_reads_only_their_own_duties_and_nothing_of_another_community() {
        as(zhao);
        assertThat(duties.upcomingDuties()).isEmpty();
        as(li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(liSeat.getId());

        // A volunteer signed in for another community cannot use a volunteer id of this one.
        DutyFixture other = new DutyFixture(ctx);
        TestUsers.signIn(Roles.VOLUNTEER, other.community.getId(), wang.getId());
        assertThatThrownBy(() -> duties.upcomingDuties()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.issueMyToken()).isInstanceOf(AccessDeniedException.class);

        // Nor reach the secretary's views of this roster, by role or by community.
        as(wang);
        assertThatThrownBy(() -> duties.seatsNeedingCover(roster)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.revoke(li.getId())).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.SECRETARY, other.community.getId(), null);
        assertThatThrownBy(() -> duties.seatsNeedingCover(roster)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendars.revoke(li.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void reported_leave_is_unavailability_at_once_and_flags_the_published_seat_with_candidates() {
        as(wang);
        List<Duty> affected = duties.reportAbsence(tomorrow, tomorrow, Absence.Reason.SICK, "发烧");

        assertThat(affected).extracting(Duty::assignmentId).containsExactly(wangSeat.getId());
        assertThat(duties.nextDuty()).get().extracting(Duty::onLeave).isEqualTo(true);
        List<Absence> absences = tx.execute(s -> List.copyOf(volunteers.findById(wang.getId()).orElseThrow().getAbsences()));
        assertThat(absences).extracting(Absence::getStartsAt, Absence::getEndsAt, Absence::getReason)
                .containsExactly(tuple(tomorrow.atStartOfDay(), tomorrow.plusDays(1).atStartOfDay(), Absence.Reason.SICK));

        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        List<SeatNeedingCover> flagged = duties.seatsNeedingCover(roster);
        assertThat(flagged).singleElement().satisfies(seat -> {
            assertThat(seat.assignmentId()).isEqualTo(wangSeat.getId());
            assertThat(seat.absentName()).isEqualTo("王芳");
            assertThat(seat.reason()).isEqualTo(Absence.Reason.SICK);
            assertThat(seat.published()).isTrue();
            // The lead and 李强 serve the same shift, 王芳 is away: only 赵敏 is free.
            assertThat(seat.candidates()).extracting(SeatNeedingCover.Candidate::name).containsExactly("赵敏");
        });
    }

    @Test
    void a_seat_needing_a_skill_is_offered_only_to_people_with_it() {
        Volunteer deputy = data.volunteer("孙副组长", null, "LEAD");
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), lead.getId());
        duties.reportAbsence(tomorrow, tomorrow.plusDays(1), Absence.Reason.LEAVE, null);

        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        assertThat(duties.seatsNeedingCover(roster)).singleElement()
                .satisfies(seat -> assertThat(seat.candidates()).extracting(SeatNeedingCover.Candidate::volunteerId)
                        .containsExactly(deputy.getId()));
    }

    @Test
    void leave_that_is_reversed_or_over_is_refused() {
        as(wang);
        assertThatThrownBy(() -> duties.reportAbsence(tomorrow, tomorrow.minusDays(1), Absence.Reason.LEAVE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duties.reportAbsence(tomorrow.minusDays(5), tomorrow.minusDays(3), Absence.Reason.LEAVE, null))
                .isInstanceOf(IllegalArgumentException.class);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        assertThat(duties.seatsNeedingCover(roster)).isEmpty();
    }

    @Test
    void the_committee_member_sees_their_compounds_shifts_with_empty_seats_first() {
        Volunteer member = data.volunteer("刘委员", "13800000005");
        Compound owned = data.compound("锦江苑", member.getId());
        Post east = data.post(owned, "东门");
        Post west = data.post(owned, "西门");
        LocalDate today = LocalDate.now(clock);
        RosterWindow mine = data.window(today, today.plusDays(3));
        data.seat(mine, east, today.plusDays(1).atTime(8, 0), 4, 0, null, wang);
        data.seat(mine, east, today.plusDays(1).atTime(8, 0), 4, 1, null, li);
        data.seat(mine, west, today.plusDays(2).atTime(8, 0), 4, 0, null, zhao);
        data.seat(mine, west, today.plusDays(2).atTime(8, 0), 4, 1, null, null);
        data.seat(mine, west, today.plusDays(2).atTime(8, 0), 4, 2, null, null);
        data.seat(mine, west, today.plusDays(5).atTime(8, 0), 4, 0, null, null);
        publishing.publish(mine);

        // 李强 falls sick: his published seat at the east gate is in fact empty.
        as(li);
        duties.reportAbsence(today.plusDays(1), today.plusDays(1), Absence.Reason.SICK, null);
        TestUsers.signIn(Roles.COMMITTEE, data.community.getId(), member.getId());
        assertThat(duties.coverageOfMyCompounds())
                .extracting(ShiftCoverage::post, ShiftCoverage::seats, ShiftCoverage::filled, ShiftCoverage::names)
                .containsExactlyInAnyOrder(
                        tuple("东门", 2, 1, List.of("王芳")),
                        tuple("西门", 3, 1, List.of("赵敏")));
        // Two empty seats come before one, though the east gate's shift is earlier.
        assertThat(duties.coverageOfMyCompounds()).extracting(ShiftCoverage::post).containsExactly("西门", "东门");

        as(wang);
        assertThatThrownBy(() -> duties.coverageOfMyCompounds()).isInstanceOf(AccessDeniedException.class);
    }
}
