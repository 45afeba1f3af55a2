package org.shouwang.exchange;

import org.junit.jupiter.api.Test;
import org.shouwang.base.DemoMode;
import org.shouwang.base.SystemAccess;
import org.shouwang.community.CommunityRepository;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.roster.RosterService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DemoDataLoaderTest {

    @Autowired
    PlanImportService importer;
    @Autowired
    CommunityRepository communities;
    @Autowired
    SystemAccess systemAccess;
    @Autowired
    Clock clock;
    @Autowired
    RosterService rosterService;
    @Autowired
    PublishingService publishing;
    @Autowired
    RosterRepository rosters;
    @Autowired
    AssignmentRepository seats;

    @Test
    void the_demo_communities_are_imported_as_the_system_and_announced_and_nobody_stays_signed_in() {
        List<Object> published = new ArrayList<>();
        DemoDataLoader loader = new DemoDataLoader(importer, systemAccess, communities, published::add, clock);
        String suffix = "-" + System.nanoTime();
        PlanDocument upstream = PlanDocuments.renamed(CommunityGenerator.upstream(), "上游社区" + suffix);
        PlanDocument jinguanyi = PlanDocuments.renamed(CommunityGenerator.jinguanyi(), "锦官驿社区" + suffix);

        List<PlanImportService.ImportResult> imported = loader.load(List.of(upstream, jinguanyi));

        assertThat(communities.findByName("上游社区" + suffix)).isPresent();
        assertThat(communities.findByName("锦官驿社区" + suffix)).isPresent();
        assertThat(imported).extracting(PlanImportService.ImportResult::volunteers)
                .containsExactly(upstream.volunteers().size(), jinguanyi.volunteers().size());
        assertThat(published).containsExactly(new DemoDataLoadedEvent(imported));
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void for_the_load_test_the_next_seven_days_are_filled_and_published_for_the_volunteers_to_find() {
        DemoDataLoader loader = new DemoDataLoader(importer, systemAccess, communities, event -> { }, clock);
        PlanDocument community = PlanDocuments.renamed(CommunityGenerator.jinguanyi(LocalDate.now(clock)),
                "锦官驿社区-" + System.nanoTime());
        PlanImportService.ImportResult imported = loader.load(List.of(community)).get(0);
        DemoDataLoadedEvent event = new DemoDataLoadedEvent(List.of(imported));

        systemAccess.asSystem(() -> {
            new DemoWeekPublisher(new DemoMode(true, true, false), rosterService, publishing, clock).demoDataLoaded(event);
            return null;
        });
        assertThat(published(imported.communityId())).as("switched off").isEmpty();
        systemAccess.asSystem(() -> {
            new DemoWeekPublisher(new DemoMode(true, true, true), rosterService, publishing, clock).demoDataLoaded(event);
            return null;
        });

        LocalDate today = LocalDate.now(clock);
        assertThat(published(imported.communityId())).isNotEmpty()
                .allSatisfy(seat -> assertThat(seat.getStartsAt().toLocalDate())
                        .isBetween(today, today.plusDays(DemoWeekPublisher.DAYS - 1)));
    }

    /** The community's published seats, on its timeline. */
    private List<Assignment> published(long communityId) {
        return rosters.findByCommunityId(communityId).map(timeline -> seats.findWindow(timeline.getId(),
                        LocalDate.now(clock).minusYears(1).atStartOfDay(), LocalDate.now(clock).plusYears(1).atStartOfDay()))
                .orElse(List.of()).stream().filter(seat -> seat.getPublishedVolunteer() != null).toList();
    }
}
