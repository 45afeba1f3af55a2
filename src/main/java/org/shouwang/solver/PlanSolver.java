package org.shouwang.solver;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.constructionheuristic.scope.ConstructionHeuristicPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.shouwang.plan.PlanDocument;
import org.shouwang.solver.check.RosterChecker;
import org.shouwang.solver.check.Violation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * The plain-Java face of the solver, for the app and the command line alike: solve a plan document,
 * or score and explain a given roster without solving.
 */
public final class PlanSolver {

    private static final SolutionManager<RosterSolution, HardMediumSoftScore> SCORING =
            SolutionManager.create(SolverFactory.create(config()));

    /**
     * Late acceptance compares with the score this many steps ago. Measured on the examples with an
     * equal budget of score calculations: 100 reached small's optimum (291), 400 needed about five
     * times as many, 20 and 50 stalled earlier.
     */
    static final int LATE_ACCEPTANCE = 100;

    private final RosterChecker checker = new RosterChecker();

    /**
     * The solver configuration without a time limit: construction over each seat's eligible people,
     * hardest seats first, then late acceptance on one thread with change and swap moves (a swap
     * with an empty seat moves a volunteer) and change moves on empty seats.
     */
    public static SolverConfig config() {
        return new SolverConfig()
                .withSolutionClass(RosterSolution.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withPhases(
                        construction(),
                        new LocalSearchPhaseConfig()
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE))
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(
                                        new ChangeMoveSelectorConfig(),
                                        new SwapMoveSelectorConfig(),
                                        // Aimed at the medium score: put someone on an empty seat.
                                        new ChangeMoveSelectorConfig().withEntitySelectorConfig(
                                                new EntitySelectorConfig(Seat.class)
                                                        .withFilterClass(EmptySeatFilter.class))))));
    }

    /** Construction over the empty seats, hardest (fewest eligible people) first. */
    private static ConstructionHeuristicPhaseConfig construction() {
        return new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
    }

    /** A fresh roster: no assignment given to keep (a re-plan starts from the previous roster instead). */
    public static boolean fresh(PlanDocument problem) {
        return problem.assignments().stream().noneMatch(a -> !a.pinned() && a.volunteer() != null);
    }

    /**
     * After construction, start from the greedy baseline if it is fuller, and let construction fill its
     * gaps. Construction may not finish a large problem on a slow or busy machine: give it half the
     * time, so the greedy roster can still take over.
     */
    private static void startFromGreedy(SolverConfig config, Duration limit, GreedyStart greedy) {
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.set(0, construction().withTerminationConfig(new TerminationConfig().withSpentLimit(limit.dividedBy(2))));
        phases.add(1, new CustomPhaseConfig().withCustomPhaseCommands(greedy));
        phases.add(2, construction());
        config.setPhaseConfigList(phases);
    }

    /**
     * The configuration of a solver that serves one problem after another (the app's solver manager):
     * as {@link #solve} configures a fresh roster, with the greedy start reading each problem from its
     * solution and standing aside on a re-plan, and construction's roster handed to the solution's
     * listener ({@link RosterSolution#setOnConstructed}); it ends after {@code limit}, or once the best
     * score has not improved for {@code unimproved}.
     */
    public static SolverConfig config(Duration limit, Duration unimproved) {
        SolverConfig config = config().withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved));
        startFromGreedy(config, limit, new GreedyStart());
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.add(phases.size() - 1, new CustomPhaseConfig().withCustomPhaseCommands(new ConstructionReport()));
        config.setPhaseConfigList(phases);
        return config;
    }

    /**
     * A re-plan: after construction, short chains fill the forced seats construction could not (see
     * {@link CoverChains}); then hill climbing, which takes no move that makes the roster worse, so a seat
     * is refilled or a volunteer moved only where that pays at once. Late acceptance would, for a hundred
     * steps after each seat it fills, take any soft loss (moving given volunteers) that keeps the seats filled.
     */
    private static void forReplan(SolverConfig config) {
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
        localSearch.setAcceptorConfig(new LocalSearchAcceptorConfig()
                .withAcceptorTypeList(List.of(AcceptorType.HILL_CLIMBING)));
        phases.add(1, new CustomPhaseConfig().withCustomPhaseCommands(CoverChains.perSolve()));
        config.setPhaseConfigList(phases);
    }

    /**
     * The configuration of the app's solver for re-plans (a roster given to keep), as {@link #solve}
     * configures one: the app keeps one solver manager for fresh rosters ({@link #config(Duration, Duration)})
     * and one for re-plans, as the two need different phases. The starting roster, its forced seats
     * emptied ({@link RosterModel#startingPoint}), is handed to the solution's listener after the chains.
     */
    public static SolverConfig replanConfig(Duration limit, Duration unimproved) {
        SolverConfig config = config().withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
                .withUnimprovedSpentLimit(unimproved));
        forReplan(config);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.add(phases.size() - 1, new CustomPhaseConfig().withCustomPhaseCommands(new ConstructionReport()));
        config.setPhaseConfigList(phases);
        return config;
    }


    /** The configuration with a time limit. */
    public static SolverConfig config(Duration limit) {
        return config().withTerminationConfig(new TerminationConfig().withSpentLimit(limit));
    }

    /**
     * Solves the document's roster for at most {@code options.limit()} (and {@code options.calculationLimit()}
     * score calculations, if given), keeping pinned assignments
     * and preferring to keep the unpinned ones it was given.
     *
     * @return the output document (one assignment per seat and the summary) and the solution
     * @throws IllegalArgumentException when an assignment names an unknown seat or volunteer
     */
    public SolveOutcome solve(PlanDocument problem, SolveOptions options) {
        RosterSolution model = RosterModel.startingPoint(problem, options.weights());
        SolverConfig config = config(options.limit());
        AtomicBoolean stopRequested = new AtomicBoolean();
        long deadline = System.nanoTime() + options.limit().toNanos();
        model.setStopSignal(() -> stopRequested.get() || System.nanoTime() > deadline);
        boolean fresh = fresh(problem);
        if (fresh) {
            startFromGreedy(config, options.limit(), new GreedyStart(problem));
        } else {
            forReplan(config);
        }
        if (options.calculationLimit() != null) {
            // Not a step limit: a late-acceptance step that finds no acceptable move never ends, while the
            // calculation count is checked after every move tried.
            config.getTerminationConfig().setScoreCalculationCountLimit(options.calculationLimit());
        }
        Solver<RosterSolution> solver = SolverFactory.<RosterSolution>create(config).buildSolver();
        AtomicBoolean startReported = new AtomicBoolean();
        BiConsumer<RosterSolution, Long> report = (best, millis) -> {
            // A stop asked for before solving began was reset by the solver: repeat it.
            if (stopRequested.get()) {
                solver.terminateEarly();
            }
            options.onProgress().accept(Progress.of(best, Duration.ofMillis(millis)));
        };
        BiConsumer<SolverScope<RosterSolution>, Long> reportBest = (scope, millis) -> {
            if (stopRequested.get()) {
                solver.terminateEarly();
            }
            options.onProgress().accept(Progress.of(scope.getBestSolution(),
                    (HardMediumSoftScore) scope.getBestScore(), Duration.ofMillis(millis)));
        };
        solver.addEventListener(event -> report.accept(event.getNewBestSolution(), event.getTimeMillisSpent()));
        // Construction fires no best-solution event: report its roster, the first complete one, too.
        ((DefaultSolver<RosterSolution>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<RosterSolution> phase) {
                // A re-plan's starting roster, its forced seats emptied, is already a whole roster to show.
                if (!fresh && startReported.compareAndSet(false, true)) {
                    reportBest.accept(phase.getSolverScope(), phase.getSolverScope().calculateTimeMillisSpentUpToNow());
                }
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<RosterSolution> phase) {
                if (phase instanceof ConstructionHeuristicPhaseScope<RosterSolution> construction) {
                    SolverScope<RosterSolution> scope = construction.getSolverScope();
                    reportBest.accept(scope, scope.calculateTimeMillisSpentUpToNow());
                }
            }
        });
        options.onStart().accept(() -> {
            stopRequested.set(true);
            solver.terminateEarly();
        });
        long started = System.nanoTime();
        RosterSolution solved = solver.solve(model);
        double seconds = (System.nanoTime() - started) / 1e9;
        SolverScope<RosterSolution> scope = ((DefaultSolver<RosterSolution>) solver).getSolverScope();
        return outcome(problem, solved, Math.round(seconds * 10) / 10.0, scope.getScoreCalculationSpeed(),
                scope.getScoreCalculationCount());
    }

    /** The roster the document holds, scored (not solved): for showing a hand-edited roster's score. */
    public SolveOutcome evaluate(PlanDocument document, RosterWeights weights) {
        RosterSolution model = RosterModel.build(document, weights);
        SCORING.update(model);
        return outcome(document, model, 0, 0, 0);
    }

    /** Why the document's roster scores as it does: the matches of every rule, with justifications. */
    public ScoreExplanation<RosterSolution, HardMediumSoftScore> explain(PlanDocument document, RosterWeights weights) {
        return SCORING.explain(RosterModel.build(document, weights));
    }

    private SolveOutcome outcome(PlanDocument problem, RosterSolution solution, double seconds, long speed,
                                 long calculations) {
        List<PlanDocument.AssignmentDef> assignments = RosterModel.assignments(solution);
        PlanDocument roster = problem.withAssignments(assignments, null);
        List<Violation> violations = checker.check(problem, roster);
        Progress figures = Progress.of(solution, Duration.ZERO);
        PlanDocument.Summary summary = new PlanDocument.Summary(assignments.size(), figures.filled(),
                assignments.size() - figures.filled(), violations.size(), String.valueOf(solution.getScore()), seconds,
                figures.forced(), figures.changed());
        return new SolveOutcome(problem.withAssignments(assignments, summary), solution, violations, speed,
                calculations);
    }
}
