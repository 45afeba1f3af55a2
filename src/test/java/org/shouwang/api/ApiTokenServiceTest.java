package org.shouwang.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.MovableClock;
import org.shouwang.TestUsers;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;
    @Autowired
    CommunityRepository communities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokenRepository repository;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private Community community() {
        return communities.save(new Community("令牌社区-" + System.nanoTime()));
    }

    @Test
    void only_the_sha_256_of_a_token_is_stored_and_the_token_signs_in_as_its_community_and_scope() throws Exception {
        Community community = community();
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);

        ApiTokenService.Issued issued = tokens.create(community.getId(), "  健康码平台 ", ApiScope.READ);

        assertThat(issued.secret()).matches("swk_[A-Za-z0-9_-]{43}");
        assertThat(issued.token().name()).isEqualTo("健康码平台");
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where id = ?", issued.token().id());
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(issued.secret().substring(4)));
        assertThat(row.get("token_hash")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(issued.secret().getBytes(StandardCharsets.US_ASCII))));
        assertThat(row.get("created_by")).isEqualTo(currentUserName());
        TestUsers.signOut();
        assertThat(tokens.authenticate(issued.secret())).contains(new ApiCaller(issued.token().id(), "健康码平台",
                community.getId(), ApiScope.READ));
        assertThat(tokens.authenticate(issued.secret() + "x")).isEmpty();
        assertThat(tokens.authenticate(issued.secret().replace("swk_", "swx_"))).isEmpty();
    }

    private String currentUserName() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
    }

    @Test
    void a_revoked_token_signs_nothing_in_and_leaves_who_revoked_it_when() {
        Community community = community();
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        ApiTokenService.Issued issued = tokens.create(community.getId(), "看板", ApiScope.READ_WRITE);

        tokens.revoke(issued.token().id());
        tokens.revoke(issued.token().id());

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.tokens(community.getId())).isEmpty();
        Map<String, Object> row = jdbc.queryForMap("select revoked_by, revoked_at from api_token where id = ?",
                issued.token().id());
        assertThat(row.get("revoked_by")).isEqualTo(currentUserName());
        assertThat(row.get("revoked_at")).isNotNull();
    }

    @Test
    void only_the_communitys_secretary_or_a_district_admin_makes_lists_and_revokes_tokens() {
        Community community = community();
        Community other = community();
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        long id = tokens.create(community.getId(), "调度", ApiScope.READ).token().id();

        for (String role : List.of(Roles.COMMITTEE, Roles.VOLUNTEER)) {
            TestUsers.signIn(role, community.getId(), null);
            assertThatThrownBy(() -> tokens.create(community.getId(), "x", ApiScope.READ)).as(role)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.tokens(community.getId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AccessDeniedException.class);
        }
        TestUsers.signIn(Roles.SECRETARY, other.getId(), null);
        assertThatThrownBy(() -> tokens.create(community.getId(), "x", ApiScope.READ)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tokens.revoke(id)).isInstanceOf(AccessDeniedException.class);
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        assertThat(tokens.tokens(community.getId())).extracting(ApiTokenRow::name).containsExactly("调度");
        tokens.revoke(id);
        assertThat(tokens.tokens(community.getId())).isEmpty();
    }

    @Test
    void a_name_must_be_given_fit_on_a_line_and_be_new_and_a_community_has_at_most_twenty_tokens() {
        Community community = community();
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        tokens.create(community.getId(), "看板", ApiScope.READ);

        assertThatThrownBy(() -> tokens.create(community.getId(), "  ", ApiScope.READ)).hasMessage("api.error.name-blank");
        assertThatThrownBy(() -> tokens.create(community.getId(), "x".repeat(61), ApiScope.READ))
                .hasMessage("api.error.name-invalid");
        assertThatThrownBy(() -> tokens.create(community.getId(), "a\nb", ApiScope.READ)).hasMessage("api.error.name-invalid");
        assertThatThrownBy(() -> tokens.create(community.getId(), "看板", ApiScope.READ)).hasMessage("api.error.name-taken");
        for (int i = 1; i < ApiTokenService.MAX_ACTIVE; i++) {
            tokens.create(community.getId(), "系统" + i, ApiScope.READ);
        }
        assertThatThrownBy(() -> tokens.create(community.getId(), "再一个", ApiScope.READ)).hasMessage("api.error.too-many");
        tokens.revoke(tokens.tokens(community.getId()).get(0).id());
        assertThat(tokens.create(community.getId(), "再一个", ApiScope.READ).token().name()).isEqualTo("再一个");
    }

    @Test
    void last_use_is_noted_at_most_once_a_minute() {
        Community community = community();
        MovableClock clock = new MovableClock(Instant.parse("2020-02-03T08:00:00Z"));
        ApiTokenService timed = new ApiTokenService(repository, communities, currentUser, clock);
        TestUsers.signIn(Roles.SECRETARY, community.getId(), null);
        ApiTokenService.Issued issued = transactions.execute(t -> timed.create(community.getId(), "看板", ApiScope.READ));
        TestUsers.signOut();
        assertThat(lastUsed(issued)).isNull();

        transactions.execute(t -> timed.authenticate(issued.secret()));
        LocalDateTime first = lastUsed(issued);
        clock.advance(Duration.ofSeconds(59));
        transactions.execute(t -> timed.authenticate(issued.secret()));
        assertThat(lastUsed(issued)).isEqualTo(first).isEqualTo(LocalDateTime.of(2020, 2, 3, 8, 0));
        clock.advance(Duration.ofSeconds(2));
        transactions.execute(t -> timed.authenticate(issued.secret()));
        assertThat(lastUsed(issued)).isEqualTo(LocalDateTime.of(2020, 2, 3, 8, 1, 1));
        assertThat(jdbc.queryForObject("select version from api_token where id = ?", Integer.class, issued.token().id()))
                .as("noting the use leaves the version alone").isZero();
    }

    private LocalDateTime lastUsed(ApiTokenService.Issued issued) {
        return jdbc.queryForObject("select last_used_at from api_token where id = ?", LocalDateTime.class,
                issued.token().id());
    }
}
