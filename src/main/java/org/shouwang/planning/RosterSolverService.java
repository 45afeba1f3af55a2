package org.shouwang.planning;

import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.shouwang.base.CurrentUser;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.roster.RosterScore;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterWindow;
import org.shouwang.solver.PlanSolver;
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
import java.util.function.Predicate;

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
     * @param filled  seats of the window filled; {@code seats}: the window's seats (its neighbours are
     *                the solver's fixed facts, not counted)
     * @param replan  true when the solve started from given volunteers (a re-plan), not from empty seats
     * @param forced  seats whose given volunteer could no longer serve them (leave, availability, skill,
     *                home-only, a clash with fixed duties): they had to change
     * @param changed seats whose given volunteer the solve replaced or removed, the forced ones included
     */
    public record Progress(RosterWindow window, State state, RosterScore score, int filled, int seats,
                           Instant started, Duration elapsed, Map<SeatRef, String> roster, boolean replan,
                           int forced, int changed) {

        public long communityId() {
            return window.communityId();
        }

        public long rosterId() {
            return window.rosterId();
        }
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
    private final SolveLeases leases;
    /** The latest job of each community; a job that ended stays until the next starts. */
    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();
    private final Map<Long, List<Consumer<Progress>>> listeners = new ConcurrentHashMap<>();

    RosterSolverService(RosterService rosters, RosterSolvers solvers,
                        CurrentUser currentUser, Clock clock, SolveLeases leases) {
        this.rosters = rosters;
        this.solvers = solvers;
        this.currentUser = currentUser;
        this.clock = clock;
        this.leases = leases;
    }

    /**
     * Starts solving a window of the roster in the background and returns at once. Pinned seats are kept,
     * and so is everything outside the window and every shift that has started (by the app's clock): the
     * duties of the days around the window are fixed facts for the hard rules. The solve ends after the
     * configured time limit, or earlier once the best roster has not improved for the configured while
     * ({@code optaplanner.solver.termination.*}), or on {@link #stop}.
     *
     * @param listener called with every new best roster and once at the end; may be {@code null}
     * @throws SolveRunningException when a solve of this community is already running (on this server
     *                               or, as {@link SolveElsewhereException}, on another)
     */
    public Subscription start(RosterWindow window, Consumer<Progress> listener) {
        return start(window, null, listener);
    }

    /**
     * Starts solving as {@link #start(RosterWindow, Consumer)}, ending after {@code limit} at the latest
     * (when that is shorter than the configured limit).
     */
    public Subscription start(RosterWindow window, Duration limit, Consumer<Progress> listener) {
        return start(window, limit, null, listener);
    }

    /**
     * Starts solving as {@link #start(RosterWindow, Duration, Consumer)}, and ends the solve early once
     * {@code done} holds for a best roster (e.g. a test's "every seat filled, no rule broken"), so a
     * result does not depend on how fast the machine is.
     */
    public Subscription start(RosterWindow window, Duration limit, Predicate<Progress> done,
                              Consumer<Progress> listener) {
        long communityId = window.communityId();
        currentUser.requireCommunity(communityId, RosterService.PLANNERS);
        Subscription subscription = listener == null ? () -> { } : listen(communityId, listener);
        Job job = new Job(window, clock.instant(), SecurityContextHolder.getContext(), done);
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
        String startedBy = SecurityContextHolder.getContext().getAuthentication() == null ? "?"
                : SecurityContextHolder.getContext().getAuthentication().getName();
        if (!leases.acquire(communityId, startedBy, () -> abandon(job))) {
            jobs.remove(communityId, job);
            subscription.close();
            throw new SolveElsewhereException(communityId, leases.current(communityId).orElse(null));
        }
        try {
            // Read now, not on the solver's thread: whether it is a re-plan decides which solver runs it.
            job.input = rosters.solverInput(window);
        } catch (RuntimeException e) {
            jobs.remove(communityId, job);
            leases.release(communityId);
            subscription.close();
            throw e;
        }
        job.replan = !PlanSolver.fresh(job.input.document());
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
                job.end(new Progress(job.window, State.FINISHED, null, 0, 0, job.started, elapsed(job), null,
                        false, 0, 0));
            }
        }
    }

    /**
     * The solve of the community that another app server runs (sharing this database), as its lease
     * shows it: who started it, when, and how far it got. Empty when none runs elsewhere.
     */
    public Optional<SolveLeases.Lease> elsewhere(long communityId) {
        return leases.current(communityId).filter(lease -> !lease.node().equals(leases.node()));
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
            // The neighbours are the solver's facts, not the window's seats.
            if (job.window.contains(seat.start())) {
                roster.put(new SeatRef(seat.post(), seat.start(), seat.seat()), seat.volunteer());
                filled += seat.volunteer() == null ? 0 : 1;
            }
        }
        org.shouwang.solver.Progress figures = org.shouwang.solver.Progress.of(best, Duration.ZERO);
        Progress progress = new Progress(job.window, State.SOLVING, windowScore(best, roster.size() - filled), filled,
                roster.size(), job.started, elapsed(job), roster, job.replan, figures.forced(), figures.changed());
        leases.progress(job.window.communityId(), filled, roster.size(), progress.score());
        publish(job, progress);
        if (job.done != null && best.getScore() != null && best.getScore().isSolutionInitialized()
                && job.done.test(progress) && job.solverJob != null && !job.stopRequested) {
            job.stopRequested = true;
            // Not on this thread: ending early waits for the final roster, which this thread delivers.
            CompletableFuture.runAsync(job.solverJob::terminateEarly);
        }
    }

    private void finished(Job job, RosterSolution best) {
        if (!leases.holds(job.communityId)) {
            // Stalled past its lease: another server may be solving now. Its half of the work is dropped.
            log.warn("Community {}: the solve lost its lease, its result is not written", job.communityId);
            job.input = null;
            job.end(new Progress(job.window, State.FAILED, null, 0, 0, job.started, elapsed(job), null, job.replan,
                    0, 0));
            return;
        }
        PlanDocument solved = job.input.document().withAssignments(RosterModel.assignments(best), null);
        RosterService.Applied applied;
        try {
            applied = rosters.applySolverResult(job.input, solved);
        } catch (ObjectOptimisticLockingFailureException e) {
            // Someone saved a seat just as the result was written: read the versions again, keep their edit.
            log.info("Roster {}: a seat changed while the result was written, applying again", job.window.rosterId());
            applied = rosters.applySolverResult(job.input, solved);
        }
        job.input = null;
        org.shouwang.solver.Progress figures = org.shouwang.solver.Progress.of(best, Duration.ZERO);
        int seats = 0;
        int empty = 0;
        for (org.shouwang.solver.Seat seat : best.getSeats()) {
            if (job.window.contains(seat.getShift().getStartTime())) {
                seats++;
                empty += seat.getPerson() == null ? 1 : 0;
            }
        }
        log.info("Roster {} {}..{} solved: {} seats had to change, {} changed in all", job.window.rosterId(),
                job.window.from(), job.window.to(), figures.forced(), figures.changed());
        job.end(new Progress(job.window, State.FINISHED, windowScore(best, empty), applied.filled(), seats,
                job.started, elapsed(job), null, job.replan, figures.forced(), figures.changed()));
    }

    /**
     * The solver's score with the window's empty seats only: the empty seats of the days around it are
     * facts of the solve, not the window's to fill. (Rules broken and the penalty are the solver's.)
     */
    private static RosterScore windowScore(RosterSolution best, int emptyInWindow) {
        RosterScore score = SolverGateway.score(best.getScore());
        return score == null ? null : new RosterScore(score.broken(), emptyInWindow, score.penalty());
    }

    private void failed(Job job, Throwable error) {
        log.error("Solving the roster {} of community {} failed", job.window.rosterId(), job.communityId, error);
        job.input = null;
        job.end(new Progress(job.window, State.FAILED, null, 0, 0, job.started, elapsed(job), null, job.replan, 0, 0));
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

    /** The lease was lost while solving: stop at once; {@link #finished} then writes nothing. */
    private void abandon(Job job) {
        job.stopRequested = true;
        if (job.solverJob != null) {
            job.solverJob.terminateEarly();
        }
    }

    private Duration elapsed(Job job) {
        return Duration.between(job.started, clock.instant());
    }

    /** One solve, from its start until its result is applied. */
    private final class Job {
        final long communityId;
        final RosterWindow window;
        final Instant started;
        /** When a best roster is good enough to stop at once; {@code null}: run to the limits. */
        final Predicate<Progress> done;
        volatile boolean replan;
        /** Who started the solve: reading the problem and applying the result check their rights. */
        final SecurityContext startedBy;
        volatile SolverJob<RosterSolution, Long> solverJob;
        volatile RosterService.SolveInput input;
        volatile boolean began;
        volatile boolean stopRequested;
        volatile boolean ended;
        volatile Progress last;

        Job(RosterWindow window, Instant started, SecurityContext startedBy, Predicate<Progress> done) {
            this.communityId = window.communityId();
            this.window = window;
            this.started = started;
            this.startedBy = startedBy;
            this.done = done;
            this.last = new Progress(window, State.SOLVING, null, 0, 0, started, Duration.ZERO, null, false, 0, 0);
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
                leases.release(communityId);
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
