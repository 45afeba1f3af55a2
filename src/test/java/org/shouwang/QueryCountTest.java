package org.shouwang;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouwang.ReadPaths.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main read paths issue a fixed number of SQL statements, however large the community: each runs on a
 * small and on a larger community (more compounds, people, days, duties and people on leave), and both
 * must take the same number of statements, within the path's budget. Counted with Hibernate's statistics
 * (switched on in the test profile only).
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryCountTest {

    private static final Logger log = LoggerFactory.getLogger(QueryCountTest.class);

    @Autowired
    ApplicationContext ctx;

    private ReadPaths paths;
    private ReadPaths.Sample small;
    private ReadPaths.Sample large;

    @BeforeAll
    void makeCommunities() {
        paths = new ReadPaths(ctx);
        small = paths.community(2, 60, 3, 1);
        large = paths.community(4, 120, 5, 3);
        TestUsers.signOut();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @ParameterizedTest
    @EnumSource(Path.class)
    void a_read_path_takes_as_many_statements_for_a_large_community_as_for_a_small_one(Path path) {
        long forSmall = paths.statements(path, small);
        long forLarge = paths.statements(path, large);

        log.info("{}: {} statements for {} seats, {} for {} seats", path, forSmall, small.seats(), forLarge, large.seats());
        assertThat(large.seats()).isGreaterThan(2 * small.seats());
        assertThat(large.duties()).isGreaterThan(small.duties());
        assertThat(forLarge).as("statements of %s on the larger community", path).isEqualTo(forSmall);
        assertThat(forSmall).as("statements of %s", path).isPositive().isLessThanOrEqualTo(path.atMost);
    }
}
