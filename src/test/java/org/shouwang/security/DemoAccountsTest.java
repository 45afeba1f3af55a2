package org.shouwang.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.DemoMode;
import org.shouwang.base.Roles;
import org.shouwang.volunteer.VolunteerRepository;
import org.shouwang.exchange.DemoDataLoadedEvent;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DemoAccountsTest {

    @Autowired
    PlanImportService importer;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Autowired
    AccountService accountService;
    @Autowired
    VolunteerRepository volunteers;

    @Test
    void in_development_the_demo_data_adds_a_documented_login_for_each_role_that_needs_no_password_change() {
        List<Account> demo = demoLogins(new DemoMode(true, true));

        assertThat(demo).extracting(Account::getRole)
                .containsExactlyInAnyOrder(Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER);
        assertThat(demo).noneMatch(Account::isMustChangePassword);
        assertThat(demo).filteredOn(a -> !Roles.SECRETARY.equals(a.getRole())).allMatch(a -> a.getVolunteerId() != null);
        for (Account account : demo) {
            assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    account.getUsername(), DemoAccounts.PASSWORD)).isAuthenticated()).isTrue();
        }
    }

    @Test
    void outside_development_every_demo_login_must_change_the_published_password_at_the_first_sign_in() {
        List<Account> demo = demoLogins(new DemoMode(true, false));

        assertThat(demo).extracting(Account::getRole)
                .containsExactlyInAnyOrder(Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER);
        assertThat(demo).allMatch(Account::isMustChangePassword);
    }

    @Test
    void for_the_load_test_every_demo_volunteer_with_a_phone_gets_a_login_with_the_demo_password() {
        List<Account> demo = demoLogins(new DemoMode(true, false, true));

        long withPhones = CommunityGenerator.jinguanyi().volunteers().stream().filter(v -> v.phone() != null).count();
        assertThat(demo).filteredOn(a -> a.getVolunteerId() != null).hasSize((int) withPhones);
        assertThat(demo).filteredOn(a -> Roles.COMMITTEE.equals(a.getRole())).isNotEmpty()
                .allMatch(a -> a.getVolunteerId() != null);
        assertThat(demo).as("outside development, to be changed first").allMatch(Account::isMustChangePassword);
        Account anyone = demo.stream().filter(a -> Roles.VOLUNTEER.equals(a.getRole())).reduce((a, b) -> b).orElseThrow();
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                anyone.getUsername(), DemoAccounts.PASSWORD)).isAuthenticated()).isTrue();
    }

    /**
     * Imports the demo community under a new name and with phone numbers of its own (the demo logins of
     * members are their phone numbers), announces it twice, and returns the logins it got.
     */
    private List<Account> demoLogins(DemoMode mode) {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument d = CommunityGenerator.jinguanyi();
        long unique = System.nanoTime() % 1_000_000L * 1000;
        AtomicLong next = new AtomicLong(unique);
        List<PlanDocument.VolunteerDef> rephoned = d.volunteers().stream()
                .map(v -> new PlanDocument.VolunteerDef(v.code(), v.name(),
                        v.phone() == null ? null : String.format("199%08d", next.getAndIncrement() % 100_000_000L),
                        v.role(), v.home(), v.skills(), v.maxHoursPerWeek(), v.onlyHome(), v.available(),
                        v.unavailable(), v.preferred()))
                .toList();
        PlanDocument renamed = new PlanDocument(d.format(), new PlanDocument.CommunityInfo("演示社区-" + System.nanoTime()),
                d.horizon(), d.rules(), d.compounds(), d.posts(), d.demands(), rephoned, d.assignments(), d.summary());
        PlanImportService.ImportResult imported = importer.importCommunity(renamed, ImportMode.CREATE);
        TestUsers.signOut();

        DemoAccounts demoAccounts = new DemoAccounts(accountService, accounts, volunteers, mode);
        demoAccounts.demoDataLoaded(new DemoDataLoadedEvent(List.of(imported)));
        demoAccounts.demoDataLoaded(new DemoDataLoadedEvent(List.of(imported)));

        return accounts.findAll().stream()
                .filter(a -> Long.valueOf(imported.communityId()).equals(a.getCommunityId())).toList();
    }
}
