package org.shouwang.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityService;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may do what with accounts, checked in the service itself (views are not the boundary). */
@SpringBootTest
@ActiveProfiles("test")
class AccountServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    AccountService accountService;
    @Autowired
    CommunityService communityService;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AccountUserDetailsService userDetailsService;
    @Autowired
    PasswordEncoder passwordEncoder;

    private SecurityFixtures fixtures;
    private Community communityA;
    private Community communityB;
    private Volunteer volunteerA;
    private Volunteer volunteerB;

    @BeforeEach
    void setUp() {
        fixtures = new SecurityFixtures(ctx);
        communityA = fixtures.community();
        communityB = fixtures.community();
        volunteerA = fixtures.volunteer(communityA, VolunteerRole.VOLUNTEER);
        volunteerB = fixtures.volunteer(communityB, VolunteerRole.VOLUNTEER);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_secretary_gives_a_volunteer_an_account_with_the_phone_as_username_and_a_one_time_password() {
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        String oneTime = accountService.createVolunteerAccount(volunteerA.getId());

        Account account = accounts.findByVolunteerId(volunteerA.getId()).orElseThrow();
        assertThat(account.getUsername()).isEqualTo(volunteerA.getPhone().replace(" ", ""));
        assertThat(account.getRole()).isEqualTo(Roles.VOLUNTEER);
        assertThat(account.getCommunityId()).isEqualTo(communityA.getId());
        assertThat(account.isMustChangePassword()).isTrue();
        assertThat(account.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(oneTime);
        assertThat(passwordEncoder.matches(oneTime, account.getPasswordHash())).isTrue();
    }

    @Test
    void a_committee_member_gets_the_committee_role() {
        Volunteer member = fixtures.volunteer(communityA, VolunteerRole.COMMITTEE);
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        accountService.createVolunteerAccount(member.getId());

        assertThat(accounts.findByVolunteerId(member.getId()).orElseThrow().getRole()).isEqualTo(Roles.COMMITTEE);
    }

    @Test
    void a_secretary_of_one_community_cannot_act_on_another_community() {
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        assertThatThrownBy(() -> accountService.createVolunteerAccount(volunteerB.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.volunteerAccounts(communityB.getId(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.findByVolunteerId(volunteerB.getId())).isEmpty();
    }

    @Test
    void a_secretary_cannot_reset_the_password_of_a_volunteer_of_another_community() {
        Account other = fixtures.account(Roles.VOLUNTEER, communityB.getId(), volunteerB.getId(), "altes-passwort");
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        assertThatThrownBy(() -> accountService.resetPassword(other.getId())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_secretary_cannot_reset_another_secretary_but_the_district_admin_can() {
        Account colleague = fixtures.account(Roles.SECRETARY, communityA.getId(), null, "altes-passwort");
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        assertThatThrownBy(() -> accountService.resetPassword(colleague.getId())).isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        String oneTime = accountService.resetPassword(colleague.getId());

        Account reset = accounts.findById(colleague.getId()).orElseThrow();
        assertThat(passwordEncoder.matches(oneTime, reset.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("altes-passwort", reset.getPasswordHash())).isFalse();
        assertThat(reset.isMustChangePassword()).isTrue();
    }

    @Test
    void volunteers_and_committee_members_may_neither_list_nor_create_accounts() {
        for (String role : new String[] {Roles.VOLUNTEER, Roles.COMMITTEE}) {
            TestUsers.signIn(role, communityA.getId(), volunteerA.getId());

            assertThatThrownBy(() -> accountService.volunteerAccounts(communityA.getId(), Pageable.ofSize(10)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> accountService.createVolunteerAccount(volunteerA.getId()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void creating_the_missing_accounts_gives_only_the_callers_volunteers_without_one_an_account_with_a_one_time_password() {
        Volunteer member = fixtures.volunteer(communityA, VolunteerRole.COMMITTEE);
        Volunteer withAccount = fixtures.volunteer(communityA, VolunteerRole.VOLUNTEER);
        Volunteer noPhone = fixtures.volunteer(communityA, VolunteerRole.VOLUNTEER);
        noPhone.setPhone(null);
        ctx.getBean(org.shouwang.volunteer.VolunteerRepository.class).save(noPhone);
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        accountService.createVolunteerAccount(withAccount.getId());
        Account before = accounts.findByVolunteerId(withAccount.getId()).orElseThrow();

        AccountService.MissingAccounts missing = accountService.missingAccounts(communityA.getId());
        List<AccountService.Credential> created = accountService.createMissingAccounts(communityA.getId());

        assertThat(missing.creatable()).containsExactlyInAnyOrder(volunteerA.getName(), member.getName());
        assertThat(missing.impossible()).containsExactly(noPhone.getName());
        assertThat(created).extracting(AccountService.Credential::name)
                .containsExactlyInAnyOrder(volunteerA.getName(), member.getName());
        for (Volunteer volunteer : List.of(volunteerA, member)) {
            Account account = accounts.findByVolunteerId(volunteer.getId()).orElseThrow();
            AccountService.Credential credential = created.stream()
                    .filter(c -> c.name().equals(volunteer.getName())).findFirst().orElseThrow();
            assertThat(credential.phone()).isEqualTo(volunteer.getPhone());
            assertThat(account.getCommunityId()).isEqualTo(communityA.getId());
            assertThat(account.isMustChangePassword()).isTrue();
            assertThat(passwordEncoder.matches(credential.oneTimePassword(), account.getPasswordHash())).isTrue();
        }
        assertThat(accounts.findByVolunteerId(member.getId()).orElseThrow().getRole()).isEqualTo(Roles.COMMITTEE);
        assertThat(accounts.findByVolunteerId(withAccount.getId()).orElseThrow().getPasswordHash())
                .isEqualTo(before.getPasswordHash());
        assertThat(accounts.findByVolunteerId(noPhone.getId())).isEmpty();
        assertThat(accounts.findByVolunteerId(volunteerB.getId())).isEmpty();
        assertThat(accountService.createMissingAccounts(communityA.getId())).isEmpty();
    }

    @Test
    void only_a_secretary_of_the_community_or_the_district_admin_may_create_the_missing_accounts() {
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        assertThatThrownBy(() -> accountService.createMissingAccounts(communityB.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.missingAccounts(communityB.getId()))
                .isInstanceOf(AccessDeniedException.class);
        for (String role : new String[] {Roles.VOLUNTEER, Roles.COMMITTEE}) {
            TestUsers.signIn(role, communityB.getId(), volunteerB.getId());
            assertThatThrownBy(() -> accountService.createMissingAccounts(communityB.getId()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(accounts.findByVolunteerId(volunteerB.getId())).isEmpty();

        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        assertThat(accountService.createMissingAccounts(communityB.getId()))
                .extracting(AccountService.Credential::name).containsExactly(volunteerB.getName());
    }

    @Test
    void the_accounts_search_finds_a_name_part_or_phone_digits_whatever_the_spaces_and_dashes() {
        Volunteer other = fixtures.volunteer(communityA, VolunteerRole.VOLUNTEER);
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        String digits = volunteerA.getPhone().replace(" ", "");
        String dashed = digits.substring(3, 7) + "-" + digits.substring(7);

        assertThat(search(volunteerA.getName().substring(1))).containsExactly(volunteerA.getId());
        assertThat(search(dashed)).containsExactly(volunteerA.getId());
        assertThat(search(" ")).containsExactlyInAnyOrder(volunteerA.getId(), other.getId());
        assertThat(search("%")).isEmpty();
        assertThat(search(volunteerB.getName())).isEmpty();
    }

    private List<Long> search(String text) {
        return accountService.volunteerAccounts(communityA.getId(), text, Pageable.ofSize(10)).stream()
                .map(AccountRow::volunteerId).toList();
    }

    @Test
    void a_volunteer_cannot_read_another_community_by_id() {
        TestUsers.signIn(Roles.VOLUNTEER, communityA.getId(), volunteerA.getId());

        assertThat(communityService.get(communityA.getId()).getName()).isEqualTo(communityA.getName());
        assertThatThrownBy(() -> communityService.get(communityB.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(communityService.visibleCommunities()).extracting(Community::getId).containsExactly(communityA.getId());
    }

    @Test
    void nobody_signed_in_may_do_anything() {
        assertThatThrownBy(() -> accountService.volunteerAccounts(communityA.getId(), Pageable.ofSize(10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.changeOwnPassword("a", "neues-passwort"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.createCommunity("匿名社区")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_accounts_list_shows_every_volunteer_with_and_without_an_account() {
        Volunteer second = fixtures.volunteer(communityA, VolunteerRole.STAFF);
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        accountService.createVolunteerAccount(volunteerA.getId());

        var rows = accountService.volunteerAccounts(communityA.getId(), Pageable.ofSize(10)).getContent();

        assertThat(rows).extracting(AccountRow::volunteerId).containsExactlyInAnyOrder(volunteerA.getId(), second.getId());
        assertThat(rows).filteredOn(AccountRow::hasAccount).extracting(AccountRow::volunteerId)
                .containsExactly(volunteerA.getId());
    }

    @Test
    void a_volunteer_without_a_phone_number_gets_no_account() {
        Volunteer noPhone = fixtures.volunteer(communityA, VolunteerRole.VOLUNTEER);
        noPhone.setPhone(null);
        ctx.getBean(org.shouwang.volunteer.VolunteerRepository.class).save(noPhone);
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        assertThatThrownBy(() -> accountService.createVolunteerAccount(noPhone.getId()))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.account.no-phone"));
    }

    @Test
    void changing_the_own_password_needs_the_current_one_and_follows_the_rules() {
        Account own = fixtures.account(Roles.VOLUNTEER, communityA.getId(), volunteerA.getId(), "altes-passwort");
        TestUsers.signIn(userDetailsService.loadUserByUsername(own.getUsername()));

        assertThatThrownBy(() -> accountService.changeOwnPassword("falsch-geraten", "neues-passwort"))
                .isInstanceOfSatisfying(AccountException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.password.current-wrong"));
        assertThatThrownBy(() -> accountService.changeOwnPassword("altes-passwort", "kurz"))
                .isInstanceOf(WeakPasswordException.class);

        accountService.changeOwnPassword("altes-passwort", "neues-passwort");

        assertThat(passwordEncoder.matches("neues-passwort", accounts.findById(own.getId()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    @Test
    void a_one_time_password_must_be_changed_and_then_no_longer() {
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        String oneTime = accountService.createVolunteerAccount(volunteerA.getId());
        Account account = accounts.findByVolunteerId(volunteerA.getId()).orElseThrow();
        TestUsers.signIn(userDetailsService.loadUserByUsername(account.getUsername()));
        assertThat(accountService.mustChangePassword()).isTrue();

        accountService.changeOwnPassword(oneTime, "mein-eigenes-passwort");

        assertThat(accountService.mustChangePassword()).isFalse();
    }

    @Test
    void only_the_district_admin_creates_communities_and_their_secretaries() {
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);
        assertThatThrownBy(() -> accountService.createCommunity("新社区-" + communityA.getId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accountService.createSecretary(communityA.getId(), "helper-" + communityA.getId()))
                .isInstanceOf(AccessDeniedException.class);

        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        Community created = accountService.createCommunity("新社区-" + communityA.getId());
        String oneTime = accountService.createSecretary(created.getId(), "Secretary-" + created.getId());

        TestUsers.signIn(Roles.SECRETARY, created.getId(), null);
        assertThat(accountService.secretaries(created.getId())).extracting(Account::getUsername)
                .containsExactly("secretary-" + created.getId());
        assertThat(userDetailsService.loadUserByUsername("secretary-" + created.getId()).communityId())
                .isEqualTo(created.getId());
        assertThat(oneTime).hasSize(OneTimePasswords.LENGTH);
    }

    @Test
    void a_reset_lifts_a_sign_in_block() {
        Account locked = fixtures.account(Roles.VOLUNTEER, communityA.getId(), volunteerA.getId(), "altes-passwort");
        // Wrong passwords from the address the sign-ins below come from: a wait of seconds for this account.
        LoginThrottle throttle = ctx.getBean(LoginThrottle.class);
        for (int i = 0; i < 6; i++) {
            throttle.failed(locked.getUsername(), "10.77.0.1");
        }
        TestUsers.signIn(Roles.SECRETARY, communityA.getId(), null);

        var signIn = ctx.getBean(org.springframework.security.authentication.AuthenticationProvider.class);
        assertThatThrownBy(() -> signIn.authenticate(from("10.77.0.1",
                UsernamePasswordAuthenticationToken.unauthenticated(locked.getUsername(), "altes-passwort"))))
                .isInstanceOf(LoginBlockedException.class);

        String oneTime = accountService.resetPassword(locked.getId());

        TestUsers.signOut();
        assertThat(signIn.authenticate(from("10.77.0.1",
                UsernamePasswordAuthenticationToken.unauthenticated(locked.getUsername(), oneTime))).isAuthenticated()).isTrue();
    }

    private static UsernamePasswordAuthenticationToken from(String address, UsernamePasswordAuthenticationToken attempt) {
        attempt.setDetails(new org.springframework.security.web.authentication.WebAuthenticationDetails(address, null));
        return attempt;
    }
}
