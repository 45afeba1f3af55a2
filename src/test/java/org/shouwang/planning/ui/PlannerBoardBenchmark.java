package org.shouwang.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.server.communication.UidlWriter;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.roster.RosterWindow;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.solver.baseline.GreedyRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The planner board's server side, measured on the demo community 上游社区 (230 volunteers): for 7 and 14
 * days, one compound and all compounds, the time to build the board and the page's answer to the browser,
 * and the heap each open planner keeps. Not part of {@code ./mvnw verify} (its name ends in Benchmark);
 * run it on request, see BENCHMARKS.md:
 *
 * <pre>./mvnw -o -B test -Dtest=PlannerBoardBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints one table to the log (logger {@code PlannerBoardBenchmark}). Tests run Vaadin in development
 * mode, which records a stack trace for every component created and attached (for its dev tools); production
 * does not, so the benchmark switches that off to measure what production does, unless
 * {@code -Dboard.benchmark.dev-tracker=true}.
 */
@TestPropertySource(properties = {
        "spring.datasource.url=jdbc:h2:mem:board-benchmark;DB_CLOSE_DELAY=-1",
        "shouwang.demo-data=true"})
class PlannerBoardBenchmark extends KaribuTest {

    private static final Logger log = LoggerFactory.getLogger(PlannerBoardBenchmark.class);
    /** Timed repetitions per figure, after as many warm-up runs; the median is reported. */
    private static final int RUNS = 3;
    /** Planners held open at once to measure the heap per session. */
    private static final int SESSIONS = 5;
    /**
     * Rows a browser window of 1366×768 asks the board for: one page (PlannerBoardBrowserBenchmark sees 7–9
     * rows drawn under the toolbar, and one page of 10 asked for).
     */
    static final int VIEWPORT_ROWS = 10;

    @Autowired
    RosterService rosters;
    @Autowired
    CommunityRepository communities;
    @Autowired
    Clock clock;

    @Test
    void measure_the_board_of_the_demo_community() throws ReflectiveOperationException {
        if (!Boolean.getBoolean("board.benchmark.dev-tracker")) {
            Field disabled = ComponentTracker.class.getDeclaredField("disabled");
            disabled.setAccessible(true);
            disabled.set(null, Boolean.TRUE);
        }
        Community upstream = communities.findByName("上游社区").orElseThrow();
        login(Roles.SECRETARY, upstream.getId(), null);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-5s %-9s %6s %10s %10s %12s %12s", "days", "compounds", "seats", "board ms",
                "page ms", "answer KB", "heap/session"));
        for (int days : new int[] {14, 7}) {
            LocalDate first = days == 14 ? monday : monday.plusDays(1);
            RosterWindow rosterId = rosters.open(upstream.getId(), first, first.plusDays(days - 1)).orElseThrow();
            fillGreedily(rosterId);
            RosterBoard board = rosters.board(rosterId);
            assertThat(board.filled()).as("a planned roster, as after solving").isPositive();
            double boardMs = median(() -> rosters.board(rosterId));
            for (boolean all : new boolean[] {false, true}) {
                Measured page = page(board, rosterId, all);
                long heap = heapPerPlanner(rosterId, all);
                lines.add(String.format("%-5d %-9s %6d %10.0f %10.0f %12.0f %10.2f MB", days, all ? "all" : "one",
                        board.seats().size(), boardMs, page.ms(), page.answerBytes() / 1024.0, heap / 1048576.0));
            }
        }
        log.info("Planner board of 上游社区 ({} runs, median; heap per session over {} open planners):\n{}", RUNS,
                SESSIONS, String.join("\n", lines));
    }

    /** Fills the roster as the greedy baseline would, so that the chips carry names as after a solve. */
    private void fillGreedily(RosterWindow rosterId) {
        RosterService.SolveInput input = rosters.solverInput(rosterId);
        rosters.applySolverResult(input, GreedyRoster.solve(input.document()));
    }

    private record Measured(double ms, long answerBytes) {
    }

    /**
     * The server's whole answer to opening the planner and choosing a compound filter: the view built,
     * and the changes written out as the JSON the browser receives.
     */
    private Measured page(RosterBoard board, RosterWindow window, boolean all) {
        long[] bytes = new long[1];
        double ms = median(() -> {
            UI ui = UI.getCurrent();
            ui.removeAll();
            PlannerView view = open(ui, window, all);
            assertThat(_get(view, Span.class, spec -> spec.withId("planner-status")).getText())
                    .as("the planner shows the roster measured").contains(String.valueOf(board.seats().size()));
            bytes[0] = new UidlWriter().createUidl(ui, false).toString().length();
            ui.remove(view);
        });
        return new Measured(ms, bytes[0]);
    }

    /**
     * A planner as the router builds it, with the window and the compound filter set as a person would: it
     * opens on a week from today, so the dates are typed in and opened.
     */
    private static PlannerView open(UI ui, RosterWindow window, boolean all) {
        PlannerView view = Instantiator.get(ui).createRouteTarget(PlannerView.class, null);
        ui.add(view);
        _setValue(_get(view, DatePicker.class, spec -> spec.withId("planner-from")), window.from());
        _setValue(_get(view, DatePicker.class, spec -> spec.withId("planner-to")), window.to());
        _click(_get(view, Button.class, spec -> spec.withId("planner-open")));
        if (all) {
            @SuppressWarnings("unchecked")
            Select<Optional<RosterBoard.CompoundInfo>> compound = _get(view, Select.class,
                    spec -> spec.withId("planner-compound"));
            compound.setValue(Optional.empty());
        }
        // A browser shows the first rows of a lazy board and asks for them: do the same.
        _find(view, Grid.class, spec -> spec.withId("planner-board"))
                .forEach(grid -> grid.getDataCommunicator().setRequestedRange(0, VIEWPORT_ROWS));
        return view;
    }

    /** Heap after GC with {@value #SESSIONS} planners open, less the heap with none, per planner. */
    private long heapPerPlanner(RosterWindow window, boolean all) {
        UI ui = UI.getCurrent();
        ui.removeAll();
        new UidlWriter().createUidl(ui, false);
        long before = usedHeapAfterGc();
        List<Component> open = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            open.add(open(ui, window, all));
            // What the browser was sent is no longer pending: the state that stays is what a session keeps.
            new UidlWriter().createUidl(ui, false);
        }
        long after = usedHeapAfterGc();
        open.forEach(ui::remove);
        new UidlWriter().createUidl(ui, false);
        return (after - before) / SESSIONS;
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double median(Runnable run) {
        for (int i = 0; i < RUNS; i++) {
            run.run();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
