package org.shouwang.cover;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.shouwang.TestPostgres;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Call for cover's migration (V210) on a database already running the one timeline (V205), on H2 and on
 * PostgreSQL: it applies in order after it, existing communities get the defaults (no automatic offers,
 * 12 hours' give-back notice), and a seat holds at most one live offer.
 */
class CoverMigrationTest {

    @Test
    void a_database_at_the_one_timeline_gains_call_for_cover_on_h2() {
        migrate(new DriverManagerDataSource("jdbc:h2:mem:cover-migration-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void a_database_at_the_one_timeline_gains_call_for_cover_on_postgresql() {
        migrate(new DriverManagerDataSource(TestPostgres.jdbcUrl("cover_migration_" + System.nanoTime()),
                TestPostgres.USER, TestPostgres.PASSWORD));
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("205").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        jdbc.update("""
                insert into community (id, version, name, min_rest_hours, max_hours_per_day, max_consecutive_days,
                    weight_home, weight_preferred, weight_fairness, weight_continuity, weight_stability)
                values (1, 0, '社区', 10, 8, 6, 1, 1, 1, 1, 1)""");
        jdbc.update("insert into compound (id, version, community_id, code, name) values (1, 0, 1, 'C1', '院')");
        jdbc.update("insert into post (id, version, compound_id, code, name, kind) values (1, 0, 1, 'P1', '北门', 'GATE')");
        jdbc.update("insert into roster (id, version, community_id) values (1, 0, 1)");
        jdbc.update("""
                insert into assignment (id, version, roster_id, post_id, starts_at, ends_at, seat, pinned, released)
                values (1, 0, 1, 1, ?, ?, 0, false, false)""", Timestamp.valueOf("2020-02-03 07:00:00"),
                Timestamp.valueOf("2020-02-03 11:00:00"));

        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        flyway.migrate();

        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).containsSubsequence("205", "210");
        // Spring's row map ignores case: H2 names columns in capitals, PostgreSQL in small letters.
        Map<String, Object> community = jdbc.queryForMap(
                "select cover_auto_offer, cover_give_back_hours from community where id = 1");
        assertThat(community.get("cover_auto_offer")).isEqualTo(false);
        assertThat(((Number) community.get("cover_give_back_hours")).intValue()).isEqualTo(12);
        offer(jdbc, 1L);
        offer(jdbc, null);
        assertThatThrownBy(() -> offer(jdbc, 1L)).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** An offer of the one seat; {@code live} is the seat's id while the offer is open, null once it ended. */
    private static void offer(JdbcTemplate jdbc, Long live) {
        jdbc.update("""
                insert into cover_offer (version, community_id, assignment_id, live_assignment_id, state, origin,
                                         created_by, created_at)
                values (0, 1, 1, ?, 'OPEN', 'CALLED', '书记', ?)""", live, Timestamp.valueOf("2020-02-02 20:00:00"));
    }

}
