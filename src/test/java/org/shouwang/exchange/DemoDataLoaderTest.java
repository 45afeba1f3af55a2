package org.shouwang.exchange;

import org.junit.jupiter.api.Test;
import org.shouwang.base.SystemAccess;
import org.shouwang.community.CommunityRepository;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.demo.CommunityGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
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
}
