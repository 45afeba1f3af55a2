package org.shouwang.planning;

import jakarta.annotation.PreDestroy;
import org.shouwang.base.CurrentUser;
import org.shouwang.plan.PlanDocument;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.SolverGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The one entry point for solving a community's roster inside the app (the command-line {@code solve}
 * uses the solver directly). At most one solve per community runs at a time, always on a background
 * thread so that no request or UI thread waits for it. Pages follow a solve by listening: they get every
 * new best score with the seats filled and the time spent, and a last message when the solve ends. When
 * it ends, by its time limit or by {@link #stop}, the best roster found becomes the draft roster through
 * {@link RosterService}, which keeps every seat a person changed while it ran.
 *
 * <p>Listeners are called on the solver's thread: a page must hand the update to its UI itself
 * ({@code ui.access}) and remove its listener when it is detached.
 */
@Service
public class RosterSolverService {

    /** Where a solve stands. */
    public enum State { SOLVING, FINISHED, FAILED }

    /**
     * A report on one solve.
     *
     * @param score   the best score so far, e.g. {@code 0hard/-8medium/-5120soft}; {@code null} before the first
     * @param filled  seats filled in the best roster so far
     * @param seats   all seats of the roster
     * @param elapsed time since the solve started
     * @param error   why the solve failed ({@link State#FAILED} only)
     */
    public record Progress(long communityId, long rosterId, State state, String score, int filled, int seats,
                           Duration elapsed, String error) {
    }

    /** Stops a listener from being called; idempotent. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(RosterSolverService.class);
    
    private final RosterService rosters;
    private final SolverGateway solver;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Duration defaultLimit;
    private final AtomicInteger threads = new AtomicInteger();
    // Two cores: more parallel solves would only slow each other down.
    private final ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "roster-solver-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<Progress>>> listeners = new ConcurrentHashMap<>();

    public RosterSolverService(RosterService rosters, SolverGateway solver, CurrentUser currentUser, Clock clock,
                               @Value("${optaplanner.solver.termination.spent-limit:60s}") Duration defaultLimit) {
        this.rosters = rosters;
        this.solver = solver;
        this.currentUser = currentUser;
        this.clock = clock;
        this.defaultLimit = defaultLimit;
    }

    /** Starts solving with the configured time limit; see {@link #start(long, long, Duration, Consumer)}. */
    public Subscription start(long communityId, long rosterId, Consumer<Progress> listener) {
        return start(communityId, rosterId, defaultLimit, listener);
    }

    /**
     * Starts solving the roster in the background and returns at once. Pinned seats are kept.
     *
     * @param listener called with every new best roster and once at the end; may be {@code null}
     * @throws IllegalStateException when a solve of this community is already running
     */
    public Subscription start(long communityId, long rosterId, Duration limit, Consumer<Progress> listener) {
        currentUser.requireCommunity(communityId, RosterService.PLANNERS);
        Subscription subscription = listener == null ? () -> { } : listen(communityId, listener);
        Job job = new Job(communityId, rosterId, limit, clock.instant());
        if (jobs.putIfAbsent(communityId, job) != null) {
            subscription.close();
            throw new IllegalStateException("A solve of community " + communityId + " is already running");
        }
        Runnable run = DelegatingSecurityContextRunnable.create(() -> run(job), SecurityContextHolder.getContext());
        executor.execute(run);
        return subscription;
    }

    /** Ends the running solve of the community early; its best roster so far is applied. No-op when none runs. */
    public void stop(long communityId) {
        currentUser.requireCommunity(communityId, RosterService.PLANNERS);
        Job job = jobs.get(communityId);
        if (job != null) {
            job.stopRequested = true;
            Runnable terminate = job.terminate;
            if (terminate != null) {
                terminate.run();
            }
        }
    }

    /** True while a solve of the community runs. */
    public boolean isSolving(long communityId) {
        return jobs.containsKey(communityId);
    }

    /** The latest report of the running solve, if one runs. */
    public Optional<Progress> current(long communityId) {
        return Optional.ofNullable(jobs.get(communityId)).map(job -> job.last);
    }

    /** Follows the solves of a community (e.g. a second page opened while one runs). */
    public Subscription listen(long communityId, Consumer<Progress> listener) {
        listeners.computeIfAbsent(communityId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.getOrDefault(communityId, List.of()).remove(listener);
    }

    /** How many listeners follow a community: a page that was left must not be one of them. */
    public int listenerCount(long communityId) {
        return listeners.getOrDefault(communityId, List.of()).size();
    }

    private void run(Job job) {
        Progress last;
        try {
            last = solve(job);
        } catch (RuntimeException e) {
            log.error("Solving the roster {} of community {} failed", job.rosterId, job.communityId, e);
            last = new Progress(job.communityId, job.rosterId, State.FAILED, null, 0, 0, elapsed(job),
                    String.valueOf(e.getMessage()));
        } finally {
            jobs.remove(job.communityId);
        }
        // Only now: a page told that the solve ended must find that no solve runs any more.
        publish(job, last);
    }

    private Progress solve(Job job) {
        RosterService.SolveInput input = rosters.solverInput(job.rosterId);
        int seats = input.versions().size();
        PlanDocument best = solver.solve(input.document(), input.weights(), job.limit,
                handle -> job.terminate = handle::terminateEarly,
                improved -> {
                    // A stop asked for before the solver got going is honoured at its first result.
                    if (job.stopRequested) {
                        job.terminate.run();
                    }
                    publish(job, new Progress(job.communityId, job.rosterId, State.SOLVING, improved.score(),
                            improved.filled(), seats, elapsed(job), null));
                });
        RosterService.Applied applied;
        try {
            applied = rosters.applySolverResult(input, best);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved a seat just as the result was written: read the versions again, keep their edit.
            log.info("Roster {}: a seat changed while the result was written, applying again", job.rosterId);
            applied = rosters.applySolverResult(input, best);
        }
        return new Progress(job.communityId, job.rosterId, State.FINISHED, applied.score(), applied.filled(),
                seats, elapsed(job), null);
    }

    private void publish(Job job, Progress progress) {
        job.last = progress;
        for (Consumer<Progress> listener : listeners.getOrDefault(job.communityId, List.of())) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                log.warn("A solve listener failed", e);
            }
        }
    }

    private Duration elapsed(Job job) {
        return Duration.between(job.started, clock.instant());
    }

    @PreDestroy
    void shutdown() {
        jobs.values().forEach(job -> {
            job.stopRequested = true;
            if (job.terminate != null) {
                job.terminate.run();
            }
        });
        executor.shutdownNow();
    }

    /** One running solve. */
    private static final class Job {
        final long communityId;
        final long rosterId;
        final Duration limit;
        final Instant started;
        volatile boolean stopRequested;
        volatile Runnable terminate;
        volatile Progress last;

        Job(long communityId, long rosterId, Duration limit, Instant started) {
            this.communityId = communityId;
            this.rosterId = rosterId;
            this.limit = limit;
            this.started = started;
            this.last = new Progress(communityId, rosterId, State.SOLVING, null, 0, 0, Duration.ZERO, null);
        }
    }
}
