package org.shouwang.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.DemoMode;
import org.shouwang.base.Roles;
import org.shouwang.base.Secrets;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.exchange.DemoDataLoadedEvent;
import org.shouwang.exchange.PlanImportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The durability benchmark's token: made from its hash with the demo data, and never without it. */
@SpringBootTest
@ActiveProfiles("test")
class DemoApiTokenTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    CommunityRepository communities;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void with_the_demo_data_the_given_hash_becomes_a_read_and_write_token_of_the_first_community() {
        long first = community();
        long second = community();
        String secret = ApiTokenService.PREFIX + Secrets.random();

        loaded(new DemoApiToken(tokens, new DemoMode(true, false), Secrets.hash(secret)), first, second);

        ApiCaller caller = tokens.authenticate(secret).orElseThrow();
        assertThat(caller.communityId()).isEqualTo(first);
        assertThat(caller.scope()).isEqualTo(ApiScope.READ_WRITE);
        assertThat(caller.tokenName()).isEqualTo(DemoApiToken.NAME);
    }

    @Test
    void without_the_demo_data_or_with_a_malformed_hash_no_token_is_made() {
        String secret = ApiTokenService.PREFIX + Secrets.random();
        long community = community();

        loaded(new DemoApiToken(tokens, new DemoMode(false, false), Secrets.hash(secret)), community);
        loaded(new DemoApiToken(tokens, new DemoMode(true, false), Secrets.hash(secret).toUpperCase()), community);
        loaded(new DemoApiToken(tokens, new DemoMode(true, false), secret), community);

        assertThat(tokens.authenticate(secret)).isEmpty();
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        assertThat(tokens.tokens(community)).isEmpty();
    }

    private long community() {
        return communities.save(new Community("演示令牌社区-" + System.nanoTime())).getId();
    }

    /** As the demo data's import announces its communities: as the system, a district admin. */
    private static void loaded(DemoApiToken listener, long... communityIds) {
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        List<PlanImportService.ImportResult> results = java.util.Arrays.stream(communityIds)
                .mapToObj(id -> new PlanImportService.ImportResult(id, "c" + id, 0, 0, 0, 0, 0, null)).toList();
        listener.demoDataLoaded(new DemoDataLoadedEvent(results));
        TestUsers.signOut();
    }
}
