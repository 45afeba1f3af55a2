package org.shouwang.cover;

import org.shouwang.TestPostgres;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link ConcurrentTakesTest} on PostgreSQL, in a database of its own on the tests' server (the application
 * database belongs to {@code PostgresPersistenceTest}, which needs it empty at its start).
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class ConcurrentTakesPostgresTest extends ConcurrentTakesTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestPostgres.jdbcUrl("shouwang_cover"));
        registry.add("spring.datasource.username", () -> TestPostgres.USER);
        registry.add("spring.datasource.password", () -> TestPostgres.PASSWORD);
    }
}
