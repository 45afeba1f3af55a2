package org.shouwang.volunteer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.CodeTakenException;
import org.shouwang.base.Roles;
import org.shouwang.base.StillReferencedException;
import org.shouwang.base.Usage;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.roster.Roster;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class VolunteerServiceTest {

    @Autowired
    VolunteerService service;
    @Autowired
    TestData data;
    @Autowired
    Clock clock;

    Community community;

    @BeforeEach
    void secretary() {
        community = data.community();
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void phones_are_masked_unless_the_secretary_asks_for_the_full_number() {
        Volunteer volunteer = data.volunteer(community, "王芳");
        volunteer.setPhone("13812341234");
        data.save(volunteer);

        assertThat(only(VolunteerQuery.all()).phone()).isEqualTo("138****1234");
        assertThat(only(VolunteerQuery.all().withFullPhones(true)).phone()).isEqualTo("13812341234");

        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        TestUsers.signIn(Roles.COMMITTEE, community.getId(), member.getId());
        assertThat(service.page(community.getId(), VolunteerQuery.all().withText("王芳").withFullPhones(true),
                PageRequest.of(0, 10))).singleElement().extracting(VolunteerRow::phone).isEqualTo("138****1234");
    }

    @Test
    void a_phone_is_unique_within_the_community_whatever_its_spelling() {
        Volunteer wang = data.volunteer(community, "王芳");
        wang.setPhone("138 1234 1234");
        data.save(wang);
        VolunteerForm copy = new VolunteerForm();
        copy.setCode(TestData.unique("V"));
        copy.setName("李强");
        copy.setPhone("138-1234-1234");

        assertThatThrownBy(() -> service.save(community.getId(), copy)).isInstanceOf(PhoneTakenException.class)
                .satisfies(e -> assertThat(((PhoneTakenException) e).otherName()).isEqualTo("王芳"));

        // Their own number is no clash when the volunteer is saved again; another community may have it too.
        VolunteerForm own = service.form(wang.getId());
        own.setName("王芳芳");
        assertThat(service.save(community.getId(), own).getName()).isEqualTo("王芳芳");
        Community other = data.community();
        TestUsers.signIn(Roles.SECRETARY, other.getId(), null);
        assertThat(service.save(other.getId(), copy).getPhone()).isEqualTo("138-1234-1234");
    }

    @Test
    void hours_planned_this_week_add_up_the_seats_of_the_current_week() {
        Volunteer volunteer = data.volunteer(community, "张伟");
        volunteer.setMaxHoursPerWeek(6);
        data.save(volunteer);
        Post gate = data.post(data.compound(community, "院落"), "北门", PostKind.GATE);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Roster published = data.timeline(community);
        data.assignment(published, gate, monday.atTime(7, 0), monday.atTime(11, 0), volunteer);
        data.assignment(published, gate, monday.plusDays(6).atTime(19, 0), monday.plusDays(6).atTime(23, 0), volunteer);
        // last week and next week do not count
        data.assignment(published, gate, monday.minusDays(1).atTime(7, 0), monday.minusDays(1).atTime(11, 0), volunteer);
        data.assignment(published, gate, monday.plusDays(7).atTime(7, 0), monday.plusDays(7).atTime(11, 0), volunteer);

        VolunteerRow row = only(VolunteerQuery.all());
        assertThat(row.hoursThisWeek()).isEqualTo(8.0);
        assertThat(row.maxHoursPerWeek()).isEqualTo(6.0);
        assertThat(row.overworked()).isTrue();
    }

    @Test
    void the_grid_filters_by_text_role_home_skill_and_leave() {
        Compound home = data.compound(community, "一号院");
        Volunteer lead = data.volunteer(community, "李队长", VolunteerRole.STAFF, home);
        lead.setSkills(Set.of("LEAD", "TEMPERATURE"));
        data.save(lead);
        Volunteer sick = data.volunteer(community, "赵生病", VolunteerRole.VOLUNTEER, null);
        LocalDateTime now = LocalDateTime.now(clock);
        sick.setAbsences(List.of(new Absence(now.minusDays(1), now.plusDays(2), Absence.Reason.SICK, null)));
        data.save(sick);
        Volunteer wasAway = data.volunteer(community, "钱休假", VolunteerRole.VOLUNTEER, null);
        wasAway.setAbsences(List.of(new Absence(now.minusDays(5), now.minusDays(2), Absence.Reason.LEAVE, null)));
        data.save(wasAway);

        assertThat(names(VolunteerQuery.all())).containsExactlyInAnyOrder("李队长", "赵生病", "钱休假");
        assertThat(names(VolunteerQuery.all().withText("队长"))).containsExactly("李队长");
        assertThat(names(VolunteerQuery.all().withText(lead.getCode().toLowerCase()))).containsExactly("李队长");
        assertThat(names(VolunteerQuery.all().withRole(VolunteerRole.STAFF))).containsExactly("李队长");
        assertThat(names(VolunteerQuery.all().withHome(home.getId()))).containsExactly("李队长");
        assertThat(names(VolunteerQuery.all().withSkill("LEAD"))).containsExactly("李队长");
        assertThat(names(VolunteerQuery.all().withOnLeaveNow(true))).containsExactly("赵生病");
        assertThat(service.count(community.getId(), VolunteerQuery.all().withOnLeaveNow(true))).isEqualTo(1);
        assertThat(only(VolunteerQuery.all().withSkill("LEAD")).skills()).containsExactly("LEAD", "TEMPERATURE");
        assertThat(only(VolunteerQuery.all().withOnLeaveNow(true)).onLeaveNow()).isTrue();
    }

    @Test
    void pages_are_cut_from_the_sorted_list() {
        for (int i = 0; i < 5; i++) {
            data.volunteer(community, "志愿者" + i);
        }
        List<VolunteerRow> first = service.page(community.getId(), VolunteerQuery.all(), PageRequest.of(0, 3));
        List<VolunteerRow> second = service.page(community.getId(), VolunteerQuery.all(), PageRequest.of(1, 3));

        assertThat(first).hasSize(3);
        assertThat(second).hasSize(2);
        assertThat(first).extracting(VolunteerRow::id).doesNotContainAnyElementsOf(second.stream().map(VolunteerRow::id).toList());
    }

    @Test
    void a_volunteer_is_saved_with_windows_absences_and_skills() {
        Compound home = data.compound(community, "家");
        VolunteerForm form = form(TestData.unique("V"), "新人");
        form.setHomeId(home.getId());
        form.setOnlyHome(true);
        form.setSkills(Set.of("LEAD"));
        form.setAvailable(List.of(new AvailabilityWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(18, 0), LocalTime.of(23, 0))));
        form.setAbsences(List.of(new Absence(LocalDateTime.of(2020, 2, 5, 0, 0), LocalDateTime.of(2020, 2, 6, 12, 0),
                Absence.Reason.LEAVE, "回老家")));

        VolunteerForm saved = service.form(service.save(community.getId(), form).getId());

        assertThat(saved.getHomeId()).isEqualTo(home.getId());
        assertThat(saved.isOnlyHome()).isTrue();
        assertThat(saved.getSkills()).containsExactly("LEAD");
        assertThat(saved.getAvailable()).containsExactlyElementsOf(form.getAvailable());
        assertThat(saved.getAbsences()).containsExactlyElementsOf(form.getAbsences());
    }

    @Test
    void contradicting_fields_are_refused() {
        VolunteerForm onlyHomeWithoutHome = form(TestData.unique("V"), "无家");
        onlyHomeWithoutHome.setOnlyHome(true);
        assertThatThrownBy(() -> service.save(community.getId(), onlyHomeWithoutHome))
                .hasMessage("volunteer.error.only-home-needs-home");

        VolunteerForm emptyWindow = form(TestData.unique("V"), "空窗");
        emptyWindow.setAvailable(List.of(new AvailabilityWindow(EnumSet.of(DayOfWeek.MONDAY), LocalTime.NOON, LocalTime.NOON)));
        assertThatThrownBy(() -> service.save(community.getId(), emptyWindow))
                .hasMessage("volunteer.error.window-from-equals-to");

        VolunteerForm backwards = form(TestData.unique("V"), "倒序");
        backwards.setAbsences(List.of(new Absence(LocalDateTime.of(2020, 2, 6, 0, 0), LocalDateTime.of(2020, 2, 5, 0, 0),
                Absence.Reason.SICK, null)));
        assertThatThrownBy(() -> service.save(community.getId(), backwards)).hasMessage("volunteer.error.absence-order");
    }

    @Test
    void volunteer_codes_are_unique_in_the_community() {
        String code = TestData.unique("V");
        service.save(community.getId(), form(code, "甲"));

        assertThatThrownBy(() -> service.save(community.getId(), form(code, "乙"))).isInstanceOf(CodeTakenException.class);
    }

    @Test
    void a_volunteer_with_seats_or_compounds_is_not_deleted() {
        Volunteer member = data.volunteer(community, "包片委员", VolunteerRole.COMMITTEE, null);
        Compound owned = data.compound(community, "负责的院落", member.getId());
        Post gate = data.post(owned, "门", PostKind.GATE);
        Roster roster = data.timeline(community);
        data.assignment(roster, gate, LocalDateTime.of(2020, 2, 3, 7, 0), LocalDateTime.of(2020, 2, 3, 11, 0), member);

        assertThatThrownBy(() -> service.delete(member.getId()))
                .isInstanceOfSatisfying(StillReferencedException.class, e -> assertThat(e.usages()).containsExactlyInAnyOrder(
                        new Usage("editing.used.owned-compounds", 1), new Usage("editing.used.assignments", 1)));

        Volunteer free = data.volunteer(community, "无牵挂");
        service.delete(free.getId());
        assertThat(names(VolunteerQuery.all())).doesNotContain("无牵挂");
    }

    @Test
    void a_stale_copy_of_a_volunteer_does_not_overwrite_a_newer_change() {
        Volunteer volunteer = data.volunteer(community, "原名");
        VolunteerForm first = service.form(volunteer.getId());
        VolunteerForm second = service.form(volunteer.getId());
        first.setMaxHoursPerWeek(30);
        service.save(community.getId(), first);

        second.setMaxHoursPerWeek(10);
        assertThatThrownBy(() -> service.save(community.getId(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.form(volunteer.getId()).getMaxHoursPerWeek()).isEqualTo(30);
    }

    @Test
    void a_committee_member_reads_but_does_not_change_volunteers() {
        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        TestUsers.signIn(Roles.COMMITTEE, community.getId(), member.getId());

        assertThat(names(VolunteerQuery.all())).contains("委员");
        assertThatThrownBy(() -> service.form(member.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.save(community.getId(), form(TestData.unique("V"), "x")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private VolunteerRow only(VolunteerQuery query) {
        List<VolunteerRow> rows = service.page(community.getId(), query, PageRequest.of(0, 50));
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private List<String> names(VolunteerQuery query) {
        return service.page(community.getId(), query, PageRequest.of(0, 50)).stream().map(VolunteerRow::name).toList();
    }

    private static VolunteerForm form(String code, String name) {
        VolunteerForm form = new VolunteerForm();
        form.setCode(code);
        form.setName(name);
        return form;
    }
}
