package org.shouwang.api;

import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.plan.demo.CommunityGenerator.CompoundSpec;
import org.shouwang.publish.PublishingService;
import org.shouwang.solver.baseline.GreedyRoster;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import org.shouwang.roster.RosterWindow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Communities for the API tests: generated, rostered by the greedy baseline and published, each with a
 * read-write, a read-only and a revoked token. A plain object, not a bean (an extra bean would give its
 * tests a Spring context of their own).
 */
final class ApiSamples {

    /** The first day of every sample's roster (a Monday); its roster runs three days. */
    static final LocalDate MONDAY = CommunityGenerator.ACCOUNT_MONDAY;
    private static final AtomicInteger NEXT = new AtomicInteger();

    /**
     * A published community and its tokens.
     *
     * @param volunteer    the code of a volunteer with published duties
     * @param otherVolunteer the code of another volunteer of the community
     * @param seat         a published seat held by {@code volunteer}
     */
    record Sample(long communityId, String name, long rosterId, String volunteer, String otherVolunteer, long seat,
                  String readWrite, String readOnly, String revoked) {
    }

    private final ApplicationContext ctx;

    ApiSamples(ApplicationContext ctx) {
        this.ctx = ctx;
    }

    /** The generated community, before it is imported: for tests that change it. */
    static PlanDocument document(String name) {
        PlanDocument problem = CommunityGenerator.generate(new CommunityGenerator.Parameters(7L, name,
                List.of(new CompoundSpec("C0", "东院", 300, 1), new CompoundSpec("C1", "西院", 400, 1)),
                3, 1, 26, 3, MONDAY));
        return GreedyRoster.solve(problem);
    }

    Sample sample() {
        String name = "接口社区-" + NEXT.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        TestUsers.signIn(Roles.DISTRICT_ADMIN, null, null);
        PlanImportService.ImportResult imported = ctx.getBean(PlanImportService.class)
                .importCommunity(document(name), ImportMode.CREATE);
        long communityId = imported.communityId();
        TestUsers.signIn(Roles.SECRETARY, communityId, null);
        // The whole imported plan: every seat of the timeline from the plan's Monday on.
        ctx.getBean(PublishingService.class).publish(
                new RosterWindow(imported.rosterId(), communityId, MONDAY, MONDAY.plusDays(90)));
        ApiTokenService tokens = ctx.getBean(ApiTokenService.class);
        String readWrite = tokens.create(communityId, "调度系统", ApiScope.READ_WRITE).secret();
        String readOnly = tokens.create(communityId, "看板", ApiScope.READ).secret();
        ApiTokenService.Issued gone = tokens.create(communityId, "旧系统", ApiScope.READ_WRITE);
        tokens.revoke(gone.token().id());
        TestUsers.signOut();

        JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
        Map<String, Object> seat = jdbc.queryForMap("""
                select a.id, v.code from assignment a join volunteer v on v.id = a.published_volunteer_id
                where a.roster_id = ? order by a.starts_at, a.id fetch first 1 rows only""", imported.rosterId());
        String volunteer = (String) seat.get("code");
        String other = jdbc.queryForObject("""
                select min(code) from volunteer where community_id = ? and code <> ?""", String.class,
                communityId, volunteer);
        return new Sample(communityId, name, imported.rosterId(), volunteer, other, ((Number) seat.get("id")).longValue(),
                readWrite, readOnly, gone.secret());
    }
}
