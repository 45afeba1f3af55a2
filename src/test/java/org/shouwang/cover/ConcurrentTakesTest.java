package org.shouwang.cover;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.plan.PlanDocument;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.PlanSnapshotService;
import org.shouwang.solver.Rule;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing double-booked under concurrent takers: many volunteers accepting one seat at the same moment, and
 * one volunteer accepting two seats that clash. Each take runs on its own thread and connection, released
 * together; afterwards the roster checker finds no broken rule. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class ConcurrentTakesTest {

    static final int TAKERS = 50;

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CoverService cover;
    @Autowired
    PlanSnapshotService snapshots;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void fifty_volunteers_accepting_one_seat_at_once_leave_it_to_exactly_one() throws Exception {
        CoverFixture f = new CoverFixture(ctx);
        List<Volunteer> takers = new ArrayList<>();
        for (int i = 0; i < TAKERS; i++) {
            takers.add(f.volunteer("志愿者" + i));
        }
        Assignment seat = f.seat(f.north, 0, null);
        f.publish();
        assertThat(cover.offer(seat.getId())).isEqualTo(TAKERS);
        long offerId = offerOf(f, seat);

        List<TakeOutcome> outcomes = all(takers.stream().map(v -> (Take) () -> take(f, v, offerId)).toList());

        Map<TakeOutcome.Result, Long> counts = outcomes.stream()
                .collect(Collectors.groupingBy(TakeOutcome::result, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(
                TakeOutcome.Result.TAKEN, 1L, TakeOutcome.Result.GONE, (long) TAKERS - 1));
        Long holder = jdbc.queryForObject("select published_volunteer_id from assignment where id = ?", Long.class,
                seat.getId());
        assertThat(holder).isIn(takers.stream().map(Volunteer::getId).toList());
        assertThat(jdbc.queryForObject("select volunteer_id from assignment where id = ?", Long.class, seat.getId()))
                .isEqualTo(holder);
        assertThat(jdbc.queryForObject("select count(*) from duty_change where post_id = ? and kind = 'ADDED'",
                Integer.class, f.north.getId())).isEqualTo(1);
        assertThat(brokenRules(f)).isEmpty();
    }

    @Test
    void one_volunteer_accepting_two_clashing_seats_at_once_gets_exactly_one() throws Exception {
        CoverFixture f = new CoverFixture(ctx);
        Volunteer wang = f.volunteer("王芳");
        int rounds = 5;
        List<long[]> pairs = new ArrayList<>();
        for (int day = 0; day < rounds; day++) {
            pairs.add(new long[]{f.seat(f.north, day, 0, null).getId(), f.seat(f.east, day, 0, null).getId()});
        }
        f.publish();
        for (long[] pair : pairs) {
            cover.offer(pair[0]);
            cover.offer(pair[1]);
        }
        for (long[] pair : pairs) {
            long north = offerOfSeat(f, pair[0]);
            long east = offerOfSeat(f, pair[1]);

            List<TakeOutcome> outcomes = all(List.of(() -> take(f, wang, north), () -> take(f, wang, east)));

            assertThat(outcomes).extracting(TakeOutcome::result)
                    .containsExactlyInAnyOrder(TakeOutcome.Result.TAKEN, TakeOutcome.Result.RULES);
            assertThat(outcomes).filteredOn(o -> o.result() == TakeOutcome.Result.RULES).singleElement()
                    .satisfies(o -> assertThat(o.rules()).contains(Rule.OVERLAP));
            assertThat(jdbc.queryForObject("select count(*) from assignment where id in (?, ?) and published_volunteer_id = ?",
                    Integer.class, pair[0], pair[1], wang.getId())).isEqualTo(1);
        }
        assertThat(brokenRules(f)).isEmpty();
    }

    private interface Take {
        TakeOutcome run();
    }

    private TakeOutcome take(CoverFixture f, Volunteer volunteer, long offerId) {
        TestUsers.signIn(Roles.VOLUNTEER, f.communityId(), volunteer.getId());
        try {
            return cover.take(offerId);
        } finally {
            TestUsers.signOut();
        }
    }

    /** Runs every take on a thread of its own, all released at the same moment. */
    private static List<TakeOutcome> all(List<Take> takes) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(takes.size());
        try {
            CountDownLatch ready = new CountDownLatch(takes.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TakeOutcome>> futures = new ArrayList<>();
            for (Take take : takes) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return take.run();
                }));
            }
            ready.await();
            go.countDown();
            List<TakeOutcome> outcomes = new ArrayList<>();
            for (Future<TakeOutcome> future : futures) {
                outcomes.add(future.get(5, TimeUnit.MINUTES));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private long offerOf(CoverFixture f, Assignment seat) {
        return offerOfSeat(f, seat.getId());
    }

    private long offerOfSeat(CoverFixture f, long assignmentId) {
        f.asSecretary();
        return cover.offers(f.communityId()).stream().filter(o -> o.assignmentId() == assignmentId)
                .map(OfferRow::offerId).findFirst().orElseThrow();
    }

    /** Every hard rule the community's roster breaks now, judged by the independent roster checker. */
    private List<Rule> brokenRules(CoverFixture f) {
        f.asSecretary();
        PlanDocument roster = snapshots.snapshot(f.communityId(), f.day, f.day.plusDays(6), f.roster.getId());
        assertThat(roster.assignments()).anyMatch(a -> a.volunteer() != null);
        return new RosterChecker().check(roster).stream().map(org.shouwang.solver.check.Violation::rule).toList();
    }
}
