package org.shouwang.exchange;

import org.shouwang.base.SystemAccess;
import org.shouwang.community.CommunityRepository;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * With {@code shouwang.demo-data=true}, fills an empty database with the two communities of the account
 * (上游社区 and 锦官驿社区), planned over two weeks from this week's Monday, then publishes
 * {@link DemoDataLoadedEvent}.
 */
@Component
@ConditionalOnProperty(name = "shouwang.demo-data", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PlanImportService importer;
    private final SystemAccess systemAccess;
    private final CommunityRepository communities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DemoDataLoader(PlanImportService importer, SystemAccess systemAccess, CommunityRepository communities,
                          ApplicationEventPublisher events, Clock clock) {
        this.importer = importer;
        this.systemAccess = systemAccess;
        this.communities = communities;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (communities.count() > 0) {
            log.info("Demo data skipped: the database holds communities already");
            return;
        }
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        load(List.of(CommunityGenerator.upstream(monday), CommunityGenerator.jinguanyi(monday)));
    }

    /** Imports the communities as the system (a district admin) and announces them. */
    List<PlanImportService.ImportResult> load(List<PlanDocument> documents) {
        return systemAccess.asSystem(() -> {
            List<PlanImportService.ImportResult> imported = documents.stream()
                    .map(document -> importer.importCommunity(document, ImportMode.CREATE)).toList();
            log.info("Demo data loaded: {}", imported.stream().map(PlanImportService.ImportResult::communityName).toList());
            // Listeners (demo accounts) run as the system too.
            events.publishEvent(new DemoDataLoadedEvent(imported));
            return imported;
        });
    }
}
