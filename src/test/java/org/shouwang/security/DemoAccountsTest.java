package org.shouwang.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.exchange.DemoDataLoadedEvent;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DemoAccountsTest {

    @Autowired
    PlanImportService importer;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountRepository accounts;
    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void loading_the_demo_data_adds_a_documented_login_for_each_role_that_needs_no_password_change() {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanDocument d = CommunityGenerator.jinguanyi();
        PlanDocument renamed = new PlanDocument(d.format(), new PlanDocument.CommunityInfo("演示社区-" + System.nanoTime()),
                d.horizon(), d.rules(), d.compounds(), d.posts(), d.demands(), d.volunteers(), d.assignments(), d.summary());
        PlanImportService.ImportResult imported = importer.importCommunity(renamed, ImportMode.CREATE);
        TestUsers.signOut();

        events.publishEvent(new DemoDataLoadedEvent(List.of(imported)));
        events.publishEvent(new DemoDataLoadedEvent(List.of(imported)));

        List<Account> demo = accounts.findAll().stream()
                .filter(a -> Long.valueOf(imported.communityId()).equals(a.getCommunityId())).toList();
        assertThat(demo).extracting(Account::getRole)
                .containsExactlyInAnyOrder(Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER);
        assertThat(demo).noneMatch(Account::isMustChangePassword);
        assertThat(demo).filteredOn(a -> !Roles.SECRETARY.equals(a.getRole())).allMatch(a -> a.getVolunteerId() != null);
        for (Account account : demo) {
            assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                    account.getUsername(), DemoAccounts.PASSWORD)).isAuthenticated()).isTrue();
        }
    }
}
