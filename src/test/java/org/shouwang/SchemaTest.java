package org.shouwang;

import org.junit.jupiter.api.Test;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.SoftWeights;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The Flyway schema and the entities agree (Hibernate validates them at start-up). */
@SpringBootTest
@ActiveProfiles("test")
class SchemaTest {

    @Autowired
    CommunityRepository communities;

    @Test
    void a_community_is_stored_with_its_rules() {
        Community saved = communities.save(new Community("测试社区-schema"));
        assertThat(communities.findByName("测试社区-schema")).get()
                .satisfies(c -> assertThat(c.getMinRestHours()).isEqualTo(saved.getMinRestHours()));
    }

    @Test
    void a_community_keeps_its_stable_teams_weight_which_starts_off() {
        assertThat(communities.save(new Community("测试社区-teams-off")).getWeights().teams()).isZero();
        Community community = new Community("测试社区-teams");
        community.setWeights(new SoftWeights(10, 5, 1, 2, 50, 4));
        communities.save(community);
        assertThat(communities.findByName("测试社区-teams")).get()
                .satisfies(c -> assertThat(c.getWeights()).isEqualTo(new SoftWeights(10, 5, 1, 2, 50, 4)));
    }
}
