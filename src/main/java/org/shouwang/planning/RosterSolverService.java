package org.shouwang.planning;

import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.shouwang.base.CurrentUser;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.roster.RosterScore;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.SolverGateway;
import org.shouwang.solver.RosterModel;
import org.shouwang.solver.RosterSolution;
import org.shouwang.solver.SeatRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one entry point for solving a community's roster inside the app (the command-line {@code solve}
 * uses the solver directly). Solves run on OptaPlanner's {@link SolverManager}, one job per community
 * (the community's id is the job's problem id), never on a request or UI thread. Pages follow a solve by
 * listening: they get every new best roster with its score, and a last message when the solve ends. When
 * it ends, by its time limit or by {@link #stop}, the best roster found becomes the draft roster through
 * {@link RosterService}, which keeps every seat a person changed while it ran.
 *
 * <p>Listeners are called on the solver manager's threads: a page must hand the update to its UI itself
 * ({@code ui.access}) and remove its listener when it is detached.
 */
@Service
public class RosterSolverService {

    /** Where a solve stands. */
    public enum State { SOLVING, FINISHED, FAILED }

    /**
     * A report on one solve.
     *
     * @param score   the best score so far; {@code null} before the first
     * @param filled  seats filled in the best roster so far
     * @param seats   all seats of the roster
     * @param started when the solve started
     * @param elapsed time from the start to this report
     * @param roster  the best roster so far ({@link State#SOLVING} only): each seat's volunteer code, or
     *                {@code null} for an empty seat
     */
    public record Progress(long communityId, long rosterId, State state, RosterScore score, int filled, int seats,
                           Instant started, Duration elapsed, Map<SeatRef, String> roster) {
    }

    /** Stops a listener from being called; idempotent. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(RosterSolverService.class);

    private final RosterService rosters;
    private final RosterSolvers solvers;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** The latest job of each community; a job that ended stays until the next starts. */
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<Progress>>> listeners = new ConcurrentHashMap<>();

    RosterSolverService(RosterService rosters, RosterSolvers solvers,
                               CurrentUser currentUser, Clock clock) {
        this.rosters = rosters;
        this.solvers = solvers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Starts solving the roster in the background and returns at once. Pinned seats are kept. The solve
     * ends after the configured time limit, or earlier once the best roster has not improved for the
     * configured while ({@code optaplanner.solver.termination.*}), or on {@link #stop}.
     *
     * @param listener called with every new best roster and once at the end; may be {@code null}
     * @throws SolveRunningException when a solve of this community is already running
     */
    public Subscription start(long communityId, long rosterId, Consumer<Progress> listener) {
        return start(communityId, rosterId, null, listener);
    }

    /**
     * Starts solving as {@link #start(long, long, Consumer)}, ending after {@code limit} at the latest
     * (when that is shorter than the configured limit).
     */
    public Subscription start(long communityId, long rosterId, Duration limit, Consumer<Progress> listener) {
        currentUser.requireCommunity(communityId, RosterService.PLANNERS);
        Subscription subscription = listener == null ? () -> { } : listen(communityId, listener);
        Job job = new Job(communityId, rosterId, clock.instant(), SecurityContextHolder.getContext());
        Job[] previous = new Job[1];
        Job current = jobs.compute(communityId, (id, old) -> {
            previous[0] = old;
            return old == null || old.ended ? job : old;
        });
        if (current != job) {
            subscription.close();
            throw new SolveRunningException(communityId);
        }
        if (previous[0] != null) {
            // Its result is applied; the solver manager may take a moment more to let its problem id go.
            previous[0].awaitTermination();
        }
        try {
            // Read now, not on the solver's thread: whether it is a re-plan decides which solver runs it.
            job.input = rosters.solverInput(rosterId);
        } catch (RuntimeException e) {
            jobs.remove(communityId, job);
            subscription.close();
            throw e;
        }
        job.solverJob = solvers.forProblem(job.input.document()).solveAndListen(communityId,
                id -> job.as(() -> problem(job)),
                best -> job.run(() -> improved(job, best)),
                best -> job.run(() -> finished(job, best)),
                (id, error) -> failed(job, error));
        if (limit != null) {
            CompletableFuture.delayedExecutor(limit.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
                if (!job.ended) {
                    job.stopRequested = true;
                    job.solverJob.terminateEarly();
                }
            });
        }
        return subscription;
    }

    /**
     * Ends the running solve of the community early; its best roster so far is applied. Returns once the
     * solver has stopped (within a step, well under a second). No-op when none runs.
     */
    public void stop(long communityId) {
        currentUser.requireCommunity(communityId, RosterService.PLANNERS);
        Job job = jobs.get(communityId);
        if (job != null && !job.ended && job.solverJob != null) {
            job.stopRequested = true;
            job.solverJob.terminateEarly();
            if (!job.began) {
                // Still waiting for a free solver thread: the solver manager dropped it, nothing to apply.
                job.end(new Progress(communityId, job.rosterId, State.FINISHED, null, 0, 0, job.started,
                        elapsed(job), null));
            }
        }
    }

    /** True while a solve of the community runs (until its result is applied). */
    public boolean isSolving(long communityId) {
        Job job = jobs.get(communityId);
        return job != null && !job.ended;
    }

    /** The latest report of the running solve, if one runs. */
    public Optional<Progress> current(long communityId) {
        Job job = jobs.get(communityId);
        return job == null || job.ended ? Optional.empty() : Optional.of(job.last);
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

    private RosterSolution problem(Job job) {
        job.began = true;
        RosterSolution model = model(job.input);
        // The re-plan's chains are a custom phase, which the solver's own stop does not reach.
        model.setStopSignal(() -> job.stopRequested);
        // Construction fires no best-solution event: its roster, the first complete one, is reported too.
        model.setOnConstructed(constructed -> improved(job, constructed));
        return model;
    }

    /**
     * The planning model the solver is given: the roster's document, and the community's soft weights as
     * they were when the solve started. A given volunteer who can no longer serve their seat does not stay
     * its starting value.
     */
    static RosterSolution model(RosterService.SolveInput input) {
        return RosterModel.startingPoint(input.document(), SolverGateway.weights(input.weights()));
    }

    private void improved(Job job, RosterSolution best) {
        Map<SeatRef, String> roster = new HashMap<>();
        int filled = 0;
        for (AssignmentDef seat : RosterModel.assignments(best)) {
            roster.put(new SeatRef(seat.post(), seat.start(), seat.seat()), seat.volunteer());
            filled += seat.volunteer() == null ? 0 : 1;
        }
        publish(job, new Progress(job.communityId, job.rosterId, State.SOLVING, SolverGateway.score(best.getScore()),
                filled, roster.size(), job.started, elapsed(job), roster));
    }

    private void finished(Job job, RosterSolution best) {
        PlanDocument solved = job.input.document().withAssignments(RosterModel.assignments(best), null);
        RosterService.Applied applied;
        try {
            applied = rosters.applySolverResult(job.input, solved);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved a seat just as the result was written: read the versions again, keep their edit.
            log.info("Roster {}: a seat changed while the result was written, applying again", job.rosterId);
            applied = rosters.applySolverResult(job.input, solved);
        }
        job.input = null;
        job.end(new Progress(job.communityId, job.rosterId, State.FINISHED, SolverGateway.score(best.getScore()),
                applied.filled(), best.getSeats().size(), job.started, elapsed(job), null));
    }

    private void failed(Job job, Throwable error) {
        log.error("Solving the roster {} of community {} failed", job.rosterId, job.communityId, error);
        job.input = null;
        job.end(new Progress(job.communityId, job.rosterId, State.FAILED, null, 0, 0, job.started, elapsed(job),
                null));
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

    /** One solve, from its start until its result is applied. */
    private final class Job {
        final long communityId;
        final long rosterId;
        final Instant started;
        /** Who started the solve: reading the problem and applying the result check their rights. */
        final SecurityContext startedBy;
        volatile SolverJob<RosterSolution, Long> solverJob;
        volatile RosterService.SolveInput input;
        volatile boolean began;
        volatile boolean stopRequested;
        volatile boolean ended;
        volatile Progress last;

        Job(long communityId, long rosterId, Instant started, SecurityContext startedBy) {
            this.communityId = communityId;
            this.rosterId = rosterId;
            this.started = started;
            this.startedBy = startedBy;
            this.last = new Progress(communityId, rosterId, State.SOLVING, null, 0, 0, started, Duration.ZERO, null);
        }

        void run(Runnable work) {
            DelegatingSecurityContextRunnable.create(work, startedBy).run();
        }

        <T> T as(java.util.function.Supplier<T> work) {
            Object[] result = new Object[1];
            run(() -> result[0] = work.get());
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }

        /** Only now: a page told that the solve ended must find that no solve runs any more. */
        synchronized void end(Progress progress) {
            if (!ended) {
                ended = true;
                publish(this, progress);
            }
        }

        void awaitTermination() {
            try {
                solverJob.getFinalBestSolution();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                // It failed or was dropped: either way it has let go of the problem id.
            }
        }
    }
}
