package org.shouwang.community;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestData;
import org.shouwang.TestUsers;
import org.shouwang.base.CodeTakenException;
import org.shouwang.base.Roles;
import org.shouwang.base.StillReferencedException;
import org.shouwang.base.Usage;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
@ActiveProfiles("test")
class CommunityServiceTest {

    @Autowired
    CommunityService service;
    @Autowired
    TestData data;

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
    void deleting_a_compound_still_in_use_is_refused_with_what_refers_to_it() {
        Compound compound = data.compound(community, "堰山和畔");
        Post gate = data.post(compound, "北门", PostKind.GATE);
        data.post(compound, "南门", PostKind.GATE);
        data.demand(gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 2);
        Volunteer resident = data.volunteer(community, "王芳", VolunteerRole.VOLUNTEER, compound);
        Roster roster = data.timeline(community);
        data.assignment(roster, gate, LocalDate.of(2020, 2, 3).atTime(7, 0), LocalDate.of(2020, 2, 3).atTime(11, 0), resident);

        assertThatThrownBy(() -> service.deleteCompound(compound.getId()))
                .isInstanceOfSatisfying(StillReferencedException.class, e -> {
                    assertThat(e.label()).isEqualTo("堰山和畔");
                    assertThat(e.usages()).containsExactlyInAnyOrder(
                            new Usage("editing.used.posts", 2), new Usage("editing.used.demands", 1),
                            new Usage("editing.used.assignments", 1), new Usage("editing.used.home-of-volunteers", 1));
                });
        assertThat(service.compounds(community.getId())).extracting(CompoundData::getId).contains(compound.getId());
    }

    @Test
    void compounds_come_a_page_at_a_time_in_the_grids_sort_order() {
        Compound jia = data.compound(community, "甲院");
        Compound yi = data.compound(community, "乙院");
        Compound bing = data.compound(community, "丙院");
        for (Object[] pair : new Object[][]{{jia, 300}, {yi, 100}, {bing, 200}}) {
            CompoundData copy = service.compound(((Compound) pair[0]).getId());
            copy.setHouseholds((Integer) pair[1]);
            service.saveCompound(community.getId(), copy);
        }

        assertThat(service.compoundPage(community.getId(), PageRequest.of(0, 2, Sort.by("households"))))
                .extracting(CompoundData::getName).containsExactly("乙院", "丙院");
        assertThat(service.compoundPage(community.getId(), PageRequest.of(1, 2, Sort.by("households"))))
                .extracting(CompoundData::getName).containsExactly("甲院");
        assertThat(service.compoundPage(community.getId(), PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "households"))))
                .extracting(CompoundData::getName).containsExactly("甲院", "丙院");
        // What the grid may not sort by is ignored: code order.
        assertThat(service.compoundPage(community.getId(), PageRequest.of(0, 3, Sort.by("ownerId"))))
                .extracting(CompoundData::getId).containsExactly(
                        java.util.stream.Stream.of(jia, yi, bing).sorted(java.util.Comparator.comparing(Compound::getCode))
                                .map(Compound::getId).toArray(Long[]::new));
        assertThat(service.countCompounds(community.getId())).isEqualTo(3);
    }

    @Test
    void the_communitys_posts_come_a_page_at_a_time_sorted_by_compound() {
        Post south = data.post(data.compound(community, "乙院"), "南门", PostKind.GATE);
        Post north = data.post(data.compound(community, "甲院"), "北门", PostKind.GATE);
        Post desk = data.post(data.compound(community, "丙院"), "登记台", PostKind.DESK);

        assertThat(service.postPage(community.getId(), PageRequest.of(0, 2, Sort.by("compound.name"))))
                .extracting(PostData::getId).containsExactly(desk.getId(), south.getId());
        assertThat(service.postPage(community.getId(), PageRequest.of(1, 2, Sort.by("compound.name"))))
                .extracting(PostData::getId, PostData::getCompoundName).containsExactly(tuple(north.getId(), "甲院"));
        assertThat(service.countPosts(community.getId())).isEqualTo(3);
    }

    @Test
    void another_communitys_secretary_cannot_page_through_its_compounds_or_posts() {
        data.compound(community, "甲院");
        TestUsers.signIn(Roles.SECRETARY, data.community().getId(), null);

        assertThatThrownBy(() -> service.compoundPage(community.getId(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.countCompounds(community.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.postPage(community.getId(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.countPosts(community.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_compound_nothing_refers_to_is_deleted() {
        Compound compound = data.compound(community, "空院落");

        service.deleteCompound(compound.getId());

        assertThat(service.compounds(community.getId())).extracting(CompoundData::getId).doesNotContain(compound.getId());
    }

    @Test
    void deleting_a_post_with_demand_is_refused() {
        Post gate = data.post(data.compound(community, "锦官驿"), "东门", PostKind.GATE);
        data.demand(gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 2);

        assertThatThrownBy(() -> service.deletePost(gate.getId()))
                .isInstanceOfSatisfying(StillReferencedException.class,
                        e -> assertThat(e.usages()).containsExactly(new Usage("editing.used.demands", 1)));
    }

    @Test
    void compound_codes_are_unique_within_a_community_only() {
        String code = TestData.unique("YSHP");
        service.saveCompound(community.getId(), compound(code, "堰山和畔"));

        assertThatThrownBy(() -> service.saveCompound(community.getId(), compound(code, "另一个")))
                .isInstanceOfSatisfying(CodeTakenException.class, e -> assertThat(e.code()).isEqualTo(code));

        Community other = data.community();
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        assertThat(service.saveCompound(other.getId(), compound(code, "别处的")).getId()).isNotNull();
    }

    @Test
    void post_codes_are_unique_across_the_compounds_of_a_community() {
        Compound first = data.compound(community, "一号院");
        Compound second = data.compound(community, "二号院");
        String code = TestData.unique("GATE");
        service.savePost(post(first, code));

        assertThatThrownBy(() -> service.savePost(post(second, code))).isInstanceOf(CodeTakenException.class);
    }

    @Test
    void a_committee_member_may_edit_only_the_compounds_they_own() {
        Volunteer member = data.volunteer(community, "李委员", VolunteerRole.COMMITTEE, null);
        Compound own = data.compound(community, "自己的", member.getId());
        Compound others = data.compound(community, "别人的");
        TestUsers.signIn(Roles.COMMITTEE, community.getId(), member.getId());

        CompoundData mine = service.compound(own.getId());
        mine.setHouseholds(320);
        assertThat(service.saveCompound(community.getId(), mine).getHouseholds()).isEqualTo(320);
        assertThat(service.savePost(post(own, TestData.unique("G"))).getId()).isNotNull();

        CompoundData theirs = service.compound(others.getId());
        theirs.setHouseholds(1);
        assertThatThrownBy(() -> service.saveCompound(community.getId(), theirs)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.savePost(post(others, TestData.unique("G")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveCompound(community.getId(), compound(TestData.unique("N"), "新的")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(service.mayEditCompound(own.getId())).isTrue();
        assertThat(service.mayEditCompound(others.getId())).isFalse();
    }

    @Test
    void the_owner_of_a_compound_must_be_a_committee_member() {
        Volunteer resident = data.volunteer(community, "居民");
        Volunteer member = data.volunteer(community, "委员", VolunteerRole.COMMITTEE, null);
        CompoundData compound = compound(TestData.unique("O"), "有人负责");
        compound.setOwnerId(resident.getId());

        assertThatThrownBy(() -> service.saveCompound(community.getId(), compound)).isInstanceOf(IllegalArgumentException.class);
        compound.setOwnerId(member.getId());
        assertThat(service.saveCompound(community.getId(), compound).getOwnerId()).isEqualTo(member.getId());
    }

    @Test
    void a_stale_copy_of_a_compound_does_not_overwrite_a_newer_change() {
        Compound compound = data.compound(community, "原名");
        CompoundData first = service.compound(compound.getId());
        CompoundData second = service.compound(compound.getId());
        first.setName("第一个编辑");
        service.saveCompound(community.getId(), first);

        second.setName("第二个编辑");
        assertThatThrownBy(() -> service.saveCompound(community.getId(), second))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.compound(compound.getId()).getName()).isEqualTo("第一个编辑");
    }

    @Test
    void another_community_is_out_of_reach() {
        Compound elsewhere = data.compound(data.community(), "别的社区");

        assertThatThrownBy(() -> service.compound(elsewhere.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.deleteCompound(elsewhere.getId())).isInstanceOf(AccessDeniedException.class);
    }

    private static CompoundData compound(String code, String name) {
        CompoundData compound = new CompoundData();
        compound.setCode(code);
        compound.setName(name);
        return compound;
    }

    private static PostData post(Compound compound, String code) {
        PostData post = new PostData(compound.getId());
        post.setCode(code);
        post.setName("门岗 " + code);
        return post;
    }

    // ---- settings ----

    @Test
    void the_secretary_sets_the_rule_weights_and_a_save_over_a_newer_one_is_refused() {
        CommunitySettings mine = service.settings(community.getId());
        CommunitySettings theirs = service.settings(community.getId());
        assertThat(mine.getWeights()).isEqualTo(SoftWeights.DEFAULT);

        theirs.setTeams(5);
        CommunitySettings saved = service.saveSettings(community.getId(), theirs);
        mine.setHome(20);

        assertThat(saved.getVersion()).isGreaterThan(theirs.getVersion());
        assertThatThrownBy(() -> service.saveSettings(community.getId(), mine))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(service.settings(community.getId()).getWeights())
                .isEqualTo(new SoftWeights(10, 5, 1, 2, 50, 5));
    }

    @Test
    void a_weight_out_of_range_or_missing_is_refused_by_the_service_too() {
        CommunitySettings settings = service.settings(community.getId());
        settings.setFairness(Community.WEIGHT_MAX + 1);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);
        settings.setFairness(null);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);
        settings.setFairness(-1);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(service.settings(community.getId()).getWeights()).isEqualTo(SoftWeights.DEFAULT);
    }

    @Test
    void the_call_for_cover_settings_default_to_no_automatic_offers_and_twelve_hours_and_are_stored() {
        CommunitySettings settings = service.settings(community.getId());
        assertThat(settings.isCoverAutoOffer()).isFalse();
        assertThat(settings.getCoverGiveBackHours()).isEqualTo(12);

        settings.setCoverAutoOffer(true);
        settings.setCoverGiveBackHours(24);
        service.saveSettings(community.getId(), settings);

        CommunitySettings stored = service.settings(community.getId());
        assertThat(stored.isCoverAutoOffer()).isTrue();
        assertThat(stored.getCoverGiveBackHours()).isEqualTo(24);
        assertThat(stored.getWeights()).isEqualTo(SoftWeights.DEFAULT);
    }

    @Test
    void a_give_back_notice_out_of_range_or_missing_is_refused_by_the_service() {
        CommunitySettings settings = service.settings(community.getId());
        settings.setCoverGiveBackHours(Community.GIVE_BACK_HOURS_MAX + 1);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);
        settings.setCoverGiveBackHours(-1);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);
        settings.setCoverGiveBackHours(null);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(ConstraintViolationException.class);

        assertThat(service.settings(community.getId()).getCoverGiveBackHours()).isEqualTo(12);
    }

    @Test
    void only_the_secretary_of_the_community_and_a_district_admin_read_or_change_its_settings() {
        CommunitySettings settings = service.settings(community.getId());
        settings.setTeams(3);
        Volunteer member = data.volunteer(community, "王远智", VolunteerRole.COMMITTEE, null);
        Community other = data.community();

        TestUsers.signIn(Roles.COMMITTEE, community.getId(), member.getId());
        assertThatThrownBy(() -> service.settings(community.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.VOLUNTEER, community.getId(), member.getId());
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.SECRETARY, other.getId(), null);
        assertThatThrownBy(() -> service.saveSettings(community.getId(), settings))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        service.saveSettings(community.getId(), settings);
        assertThat(service.settings(community.getId()).getTeams()).isEqualTo(3);
    }
}
