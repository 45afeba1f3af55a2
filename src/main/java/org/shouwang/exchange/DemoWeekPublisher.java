package org.shouwang.exchange;

import org.shouwang.base.DemoMode;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterWindow;
import org.shouwang.solver.baseline.GreedyRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * For the load benchmark's demo data ({@link DemoMode#loadTest()}): each demo community's roster of the
 * seven days from today, filled by the greedy baseline (in a moment, where a solve takes a minute) and
 * published, so that volunteers who sign in find duties on My duties and in their calendar feed.
 */
@Component
public class DemoWeekPublisher {

    /** The days published from today. */
    static final int DAYS = 7;

    private static final Logger log = LoggerFactory.getLogger(DemoWeekPublisher.class);

    private final DemoMode demoMode;
    private final RosterService rosters;
    private final PublishingService publishing;
    private final Clock clock;

    public DemoWeekPublisher(DemoMode demoMode, RosterService rosters, PublishingService publishing, Clock clock) {
        this.demoMode = demoMode;
        this.rosters = rosters;
        this.publishing = publishing;
        this.clock = clock;
    }

    /** Runs as the system, as the demo data's import does (see {@link DemoDataLoader}). */
    @EventListener
    public void demoDataLoaded(DemoDataLoadedEvent event) {
        if (!demoMode.loadTest()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (PlanImportService.ImportResult community : event.communities()) {
            RosterWindow window = rosters.open(community.communityId(), today, today.plusDays(DAYS - 1)).orElseThrow();
            RosterService.SolveInput input = rosters.solverInput(window);
            RosterService.Applied applied = rosters.applySolverResult(input, GreedyRoster.solve(input.document()));
            int seats = publishing.publish(window).size();
            log.info("Load-test demo data: {} days of {} filled ({} seats) and published ({} seats)", DAYS,
                    community.communityName(), applied.filled(), seats);
        }
    }
}
