package org.shouwang.demand;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class DemandServiceTest {

    private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

    @Autowired
    DemandService service;
    @Autowired
    TestData data;

    Community community;
    Compound first;
    Compound second;
    Post firstGate;
    Post secondGate;
    Post desk;
    Post otherGate;

    @BeforeEach
    void twoCompoundsWithGatesAndADesk() {
        community = data.community();
        first = data.compound(community, "一号院");
        second = data.compound(community, "二号院");
        firstGate = data.post(first, "北门", PostKind.GATE);
        secondGate = data.post(second, "南门", PostKind.GATE);
        desk = data.post(first, "登记台", PostKind.DESK);
        otherGate = data.post(data.compound(community, "三号院"), "西门", PostKind.GATE);
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void applying_a_pattern_replaces_the_demand_of_the_chosen_gates_only() {
        data.demand(firstGate, LocalTime.of(0, 0), LocalTime.of(0, 0), 3);
        data.demand(desk, LocalTime.of(9, 0), LocalTime.of(17, 0), 1);
        data.demand(otherGate, LocalTime.of(8, 0), LocalTime.of(20, 0), 2);

        int created = service.applyPattern(community.getId(), Set.of(first.getId(), second.getId()), Set.of(PostKind.GATE),
                EVERY_DAY, LocalTime.of(7, 0), LocalTime.of(23, 0), 4, 2, Map.of("LEAD", 1));

        assertThat(created).isEqualTo(8);
        List<DemandForm> gate = service.demands(firstGate.getId());
        assertThat(gate).extracting(DemandForm::getStartsAt)
                .containsExactly(LocalTime.of(7, 0), LocalTime.of(11, 0), LocalTime.of(15, 0), LocalTime.of(19, 0));
        assertThat(gate).extracting(DemandForm::getEndsAt)
                .containsExactly(LocalTime.of(11, 0), LocalTime.of(15, 0), LocalTime.of(19, 0), LocalTime.of(23, 0));
        assertThat(gate).allSatisfy(d -> {
            assertThat(d.getHeadcount()).isEqualTo(2);
            assertThat(d.getSkills()).containsExactly(new SkillCount("LEAD", 1));
            assertThat(d.getDays()).isEqualTo(EVERY_DAY);
        });
        assertThat(service.demands(secondGate.getId())).hasSize(4);
        assertThat(service.demands(desk.getId())).extracting(DemandForm::getHeadcount).containsExactly(1);
        assertThat(service.demands(otherGate.getId())).extracting(DemandForm::getStartsAt).containsExactly(LocalTime.of(8, 0));
    }

    @Test
    void an_overnight_pattern_wraps_past_midnight_and_shortens_the_last_shift() {
        service.applyPattern(community.getId(), Set.of(first.getId()), Set.of(PostKind.GATE), EVERY_DAY,
                LocalTime.of(19, 0), LocalTime.of(7, 0), 5, 2, Map.of());

        assertThat(service.demands(firstGate.getId())).extracting(DemandForm::getStartsAt, DemandForm::getEndsAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(19, 0), LocalTime.of(0, 0)),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(0, 0), LocalTime.of(5, 0)),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(5, 0), LocalTime.of(7, 0)));
    }

    @Test
    void the_preview_counts_the_seats_per_day_before_and_after_the_pattern() {
        data.demand(desk, LocalTime.of(9, 0), LocalTime.of(17, 0), 1);
        DemandPattern weekdays = new DemandPattern(Set.of(first.getId(), second.getId()), Set.of(PostKind.GATE),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(7, 0), LocalTime.of(23, 0), 4, 2,
                Map.of("LEAD", 1));

        PatternPreview preview = service.preview(community.getId(), weekdays);

        assertThat(preview.posts()).isEqualTo(2);
        // 2 gates x 4 shifts x 2 people on weekdays, nothing at weekends
        assertThat(preview.patternSeats()).containsEntry(DayOfWeek.MONDAY, 16).containsEntry(DayOfWeek.SUNDAY, 0);
        assertThat(preview.communitySeats()).containsEntry(DayOfWeek.MONDAY, 17).containsEntry(DayOfWeek.SUNDAY, 1);
        assertThat(service.seatsPerDay(community.getId())).containsEntry(DayOfWeek.MONDAY, 1);
        assertThat(service.demands(firstGate.getId())).as("a preview changes nothing").isEmpty();
    }

    @Test
    void skilled_seats_beyond_the_headcount_are_refused() {
        DemandForm form = new DemandForm(firstGate.getId());
        form.setHeadcount(1);
        form.setSkills(List.of(new SkillCount("LEAD", 1), new SkillCount("TEMPERATURE", 1)));

        assertThatThrownBy(() -> service.save(form)).hasMessage("demand.error.skills-exceed-headcount");
        assertThatThrownBy(() -> service.applyPattern(community.getId(), Set.of(first.getId()), Set.of(PostKind.GATE),
                EVERY_DAY, LocalTime.of(7, 0), LocalTime.of(23, 0), 4, 1, Map.of("LEAD", 2)))
                .hasMessage("demand.error.skills-exceed-headcount");
    }

    @Test
    void a_committee_member_changes_the_demand_of_their_own_compounds_only() {
        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        Compound own = data.compound(community, "自己的", member.getId());
        Post ownGate = data.post(own, "门", PostKind.GATE);
        TestUsers.signIn(Roles.COMMITTEE, community.getId(), member.getId());

        assertThat(service.applyPattern(community.getId(), Set.of(own.getId()), Set.of(PostKind.GATE), EVERY_DAY,
                LocalTime.of(7, 0), LocalTime.of(19, 0), 6, 2, Map.of())).isEqualTo(2);
        assertThatThrownBy(() -> service.applyPattern(community.getId(), Set.of(first.getId()), Set.of(PostKind.GATE),
                EVERY_DAY, LocalTime.of(7, 0), LocalTime.of(19, 0), 6, 2, Map.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(new DemandForm(firstGate.getId()))).isInstanceOf(AccessDeniedException.class);
        assertThat(service.demands(ownGate.getId())).hasSize(2);
        assertThat(service.demands(firstGate.getId())).isEmpty();
    }

    @Test
    void a_stale_copy_of_a_demand_does_not_overwrite_a_newer_change() {
        DemandForm saved = service.save(new DemandForm(firstGate.getId()));
        DemandForm first = service.form(saved.getId());
        DemandForm second = service.form(saved.getId());
        first.setHeadcount(3);
        service.save(first);

        second.setHeadcount(5);
        assertThatThrownBy(() -> service.save(second)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.form(saved.getId()).getHeadcount()).isEqualTo(3);
    }

    private DemandForm form(Post post, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
        DemandForm form = new DemandForm(post.getId());
        form.setDays(days);
        form.setStartsAt(from);
        form.setEndsAt(to);
        return form;
    }

    @Test
    void a_new_demand_whose_shift_starts_with_another_of_its_post_on_a_common_day_is_refused() {
        DemandForm night = service.save(form(firstGate, EVERY_DAY, LocalTime.of(22, 0), LocalTime.of(6, 0)));

        // an overnight shift starts on its own date: Saturday 22:00 is taken whatever the end
        assertThatThrownBy(() -> service.save(form(firstGate, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(22, 0),
                LocalTime.of(23, 0))))
                .isInstanceOfSatisfying(SameStartException.class, e -> {
                    assertThat(e.other().getId()).isEqualTo(night.getId());
                    assertThat(e.start().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
                    assertThat(e.start().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
                });
        assertThat(service.demands(firstGate.getId())).extracting(DemandForm::getId).containsExactly(night.getId());
    }

    @Test
    void an_edit_that_makes_a_shift_start_with_another_of_its_post_is_refused_and_changes_nothing() {
        DemandForm weekdays = service.save(form(firstGate, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(8, 0), LocalTime.of(12, 0)));
        DemandForm weekend = service.save(form(firstGate, EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.of(8, 0), LocalTime.of(16, 0)));

        DemandForm edited = service.form(weekend.getId());
        edited.setDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        assertThatThrownBy(() -> service.save(edited))
                .isInstanceOfSatisfying(SameStartException.class, e -> {
                    assertThat(e.other().getId()).isEqualTo(weekdays.getId());
                    assertThat(e.start().getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
                });
        assertThat(service.form(weekend.getId()).getDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

        // the demand's own shifts never collide with themselves
        DemandForm longer = service.form(weekend.getId());
        longer.setEndsAt(LocalTime.of(20, 0));
        assertThat(service.save(longer).getEndsAt()).isEqualTo(LocalTime.of(20, 0));
    }

    @Test
    void a_same_start_on_other_days_other_dates_or_another_post_and_another_start_are_accepted() {
        DemandForm weekdays = form(firstGate, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(12, 0));
        weekdays.setValidTo(LocalDate.of(2026, 12, 31));
        service.save(weekdays);

        service.save(form(firstGate, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 30),
                LocalTime.of(12, 0)));
        service.save(form(firstGate, EnumSet.of(DayOfWeek.SATURDAY), LocalTime.of(8, 0), LocalTime.of(12, 0)));
        service.save(form(desk, EVERY_DAY, LocalTime.of(8, 0), LocalTime.of(12, 0)));
        DemandForm nextYear = form(firstGate, EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(9, 0));
        nextYear.setValidFrom(LocalDate.of(2027, 1, 1));
        service.save(nextYear);
        // the night before runs into Monday 08:00 but starts on Sunday
        service.save(form(firstGate, EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(20, 0), LocalTime.of(8, 0)));

        assertThat(service.demands(firstGate.getId())).hasSize(5);
        assertThat(service.demands(desk.getId())).hasSize(1);
    }
}
