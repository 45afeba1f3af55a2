package org.shouwang.planning;

import jakarta.annotation.PreDestroy;
import org.shouwang.roster.RosterScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Which app server solves which community, held in the database so that every node sharing it agrees: a
 * solve runs only on the node holding the community's unexpired lease ({@code solve_lease}). A lease row
 * with an expiry was chosen over a PostgreSQL advisory lock because it works the same on H2, survives a
 * connection pool recycling its connections, and carries what other nodes show meanwhile (who started the
 * solve, when, and its progress). ShedLock would give the lease but not the progress columns.
 *
 * <p>The holder renews its leases every third of their duration. A node that dies stops renewing; its
 * leases expire and another node may solve. A node that was merely slow past its expiry finds out at the
 * next renewal or before writing its result ({@link #holds}), and writes nothing.
 *
 * <p>Statements run outside any transaction (auto-commit), so a lease is visible to other nodes at once.
 */
@Component
public class SolveLeases {

    /** A lease as other nodes see it. {@code score} is {@code null} before the first roster. */
    public record Lease(String node, String startedBy, Instant startedAt, Instant expiresAt, int filled, int seats,
                        RosterScore score) {
    }

    private static final Logger log = LoggerFactory.getLogger(SolveLeases.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration duration;
    private final String node;
    /** The leases this node holds, with what to do when one is lost. */
    private final Map<Long, Runnable> held = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;

    SolveLeases(JdbcTemplate jdbc, @Value("${shouwang.solve.lease:30s}") Duration duration) {
        this.jdbc = jdbc;
        // Real time, not the app's clock: leases expire between processes, whatever a test does to the clock.
        this.clock = Clock.systemUTC();
        this.duration = duration;
        this.node = nodeName();
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "solve-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, duration.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewAll, every, every, TimeUnit.MILLISECONDS);
    }

    /** This node's name in leases: host and process, plus a random part so a restarted process differs. */
    public String node() {
        return node;
    }

    /**
     * Takes the community's lease for this node if nobody holds an unexpired one.
     *
     * @param onLost called (on the heartbeat thread) when the lease is found lost while held
     * @return true when this node now holds it
     */
    public boolean acquire(long communityId, String startedBy, Runnable onLost) {
        Instant now = clock.instant();
        int taken = jdbc.update("""
                        update solve_lease set node = ?, started_by = ?, started_at = ?, expires_at = ?,
                               filled = 0, seats = 0, hard = null, empty_seats = null, penalty = null
                        where community_id = ? and expires_at < ?""",
                node, startedBy, utc(now), utc(now.plus(duration)), communityId, utc(now));
        if (taken == 0) {
            try {
                jdbc.update("""
                                insert into solve_lease (community_id, node, started_by, started_at, expires_at)
                                values (?, ?, ?, ?, ?)""",
                        communityId, node, startedBy, utc(now), utc(now.plus(duration)));
            } catch (DuplicateKeyException heldElsewhere) {
                return false;
            }
        }
        held.put(communityId, onLost);
        return true;
    }

    /** The community's unexpired lease, whichever node holds it. */
    public Optional<Lease> current(long communityId) {
        return jdbc.query("""
                        select node, started_by, started_at, expires_at, filled, seats, hard, empty_seats, penalty
                        from solve_lease where community_id = ? and expires_at >= ?""",
                (rs, row) -> new Lease(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getInt(5), rs.getInt(6),
                        rs.getObject(7) == null ? null
                                : new RosterScore(rs.getInt(7), rs.getInt(8), rs.getLong(9))),
                communityId, utc(clock.instant())).stream().findFirst();
    }

    /** Records a solve's progress in its lease, for other nodes to show, and renews it. */
    public void progress(long communityId, int filled, int seats, RosterScore score) {
        if (!held.containsKey(communityId)) {
            return;
        }
        Instant now = clock.instant();
        jdbc.update("""
                        update solve_lease set filled = ?, seats = ?, hard = ?, empty_seats = ?, penalty = ?,
                               expires_at = ?
                        where community_id = ? and node = ? and expires_at >= ?""",
                filled, seats, score == null ? null : score.broken(), score == null ? null : score.empty(),
                score == null ? null : score.penalty(), utc(now.plus(duration)), communityId, node, utc(now));
    }

    /**
     * True when this node still holds the community's lease, renewing it. Asked right before a result is
     * written: a node that lost its lease (it was stalled past the expiry) must not write.
     */
    public boolean holds(long communityId) {
        return held.containsKey(communityId) && renew(communityId);
    }

    /** Gives the lease up (the solve ended). */
    public void release(long communityId) {
        if (held.remove(communityId) != null) {
            jdbc.update("delete from solve_lease where community_id = ? and node = ?", communityId, node);
        }
    }

    /** Stops renewing (the node shuts down): its leases expire on their own if not released. */
    @PreDestroy
    public void stopRenewing() {
        heartbeat.shutdownNow();
    }

    private boolean renew(long communityId) {
        Instant now = clock.instant();
        return jdbc.update("update solve_lease set expires_at = ? where community_id = ? and node = ? "
                + "and expires_at >= ?", utc(now.plus(duration)), communityId, node, utc(now)) == 1;
    }

    private void renewAll() {
        for (Map.Entry<Long, Runnable> lease : held.entrySet()) {
            try {
                if (!renew(lease.getKey()) && held.remove(lease.getKey()) != null) {
                    log.warn("Lost the solve lease of community {}: its solve is abandoned", lease.getKey());
                    lease.getValue().run();
                }
            } catch (RuntimeException e) {
                // The database is unreachable for a moment: the lease may still be renewed before it expires.
                log.warn("Could not renew the solve lease of community {}", lease.getKey(), e);
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String nodeName() {
        String process = ManagementFactory.getRuntimeMXBean().getName();
        String name = process + "/" + UUID.randomUUID().toString().substring(0, 8);
        return name.length() <= 100 ? name : name.substring(name.length() - 100);
    }
}
