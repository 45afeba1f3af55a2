package org.shouwang;

import org.junit.jupiter.api.Test;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
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
}
