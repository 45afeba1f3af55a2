package org.shouwang.planning;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shouwang.roster.RosterScore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The database lease that keeps a solve on one node. Two {@link SolveLeases} on one database stand for
 * two app servers; a node that stops renewing stands for one that died.
 */
@SpringBootTest
@ActiveProfiles("test")
class SolveLeasesTest {

    private static final long COMMUNITY = 987_654L;

    @Autowired
    JdbcTemplate jdbc;

    final List<SolveLeases> nodes = new ArrayList<>();

    @AfterEach
    void clear() {
        nodes.forEach(SolveLeases::stopRenewing);
        jdbc.update("delete from solve_lease where community_id = ?", COMMUNITY);
    }

    private SolveLeases node(Duration lease) {
        SolveLeases node = new SolveLeases(jdbc, lease);
        nodes.add(node);
        return node;
    }

    @Test
    void onlyOneNodeHoldsACommunitysLeaseAndTheOtherSeesWhoAndHowFar() {
        SolveLeases a = node(Duration.ofMinutes(1));
        SolveLeases b = node(Duration.ofMinutes(1));

        assertThat(a.acquire(COMMUNITY, "shangyou", () -> { })).isTrue();
        assertThat(b.acquire(COMMUNITY, "admin", () -> { })).isFalse();
        a.progress(COMMUNITY, 120, 400, new RosterScore(0, 280, 35));

        SolveLeases.Lease seen = b.current(COMMUNITY).orElseThrow();
        assertThat(seen.node()).isEqualTo(a.node()).isNotEqualTo(b.node());
        assertThat(seen.startedBy()).isEqualTo("shangyou");
        assertThat(seen.filled()).isEqualTo(120);
        assertThat(seen.seats()).isEqualTo(400);
        assertThat(seen.score()).isEqualTo(new RosterScore(0, 280, 35));

        a.release(COMMUNITY);
        assertThat(b.current(COMMUNITY)).isEmpty();
        assertThat(b.acquire(COMMUNITY, "admin", () -> { })).isTrue();
    }

    @Test
    void aRunningSolvesLeaseIsRenewedPastItsDuration() throws InterruptedException {
        SolveLeases a = node(Duration.ofMillis(600));
        SolveLeases b = node(Duration.ofMillis(600));
        assertThat(a.acquire(COMMUNITY, "shangyou", () -> { })).isTrue();

        Thread.sleep(1_500);

        assertThat(b.acquire(COMMUNITY, "admin", () -> { })).isFalse();
        assertThat(a.holds(COMMUNITY)).isTrue();
    }

    @Test
    void aDeadNodesLeaseExpiresAndItsResultIsNotWrittenWhenItComesBack() {
        SolveLeases a = node(Duration.ofMillis(600));
        SolveLeases b = node(Duration.ofMinutes(1));
        AtomicBoolean aLost = new AtomicBoolean();
        assertThat(a.acquire(COMMUNITY, "shangyou", () -> aLost.set(true))).isTrue();

        a.stopRenewing(); // the node stops renewing, as a killed process would
        await().atMost(Duration.ofSeconds(10)).until(() -> b.acquire(COMMUNITY, "admin", () -> { }));

        assertThat(a.holds(COMMUNITY)).as("a stalled node must not write its result").isFalse();
        assertThat(b.current(COMMUNITY).orElseThrow().node()).isEqualTo(b.node());
    }

    @Test
    void aNodeThatFindsItsLeaseTakenIsToldSo() {
        SolveLeases a = node(Duration.ofMillis(600));
        AtomicBoolean aLost = new AtomicBoolean();
        assertThat(a.acquire(COMMUNITY, "shangyou", () -> aLost.set(true))).isTrue();
        // Another node took over (the lease had expired while this one was stalled).
        jdbc.update("update solve_lease set node = 'elsewhere' where community_id = ?", COMMUNITY);

        await().atMost(Duration.ofSeconds(10)).untilTrue(aLost);
        assertThat(a.holds(COMMUNITY)).isFalse();
    }

    @Test
    void nodesRacingForAFreeLeaseGetItOnce() throws Exception {
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                SolveLeases node = node(Duration.ofMinutes(1));
                Callable<Boolean> race = () -> {
                    go.await();
                    return node.acquire(COMMUNITY, "racer", () -> { });
                };
                results.add(pool.submit(race));
            }
            go.countDown();
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
