package org.shouwang.roster;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.shouwang.TestPostgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The migration to one timeline per community (V205) on H2 and on PostgreSQL: rosters of overlapping
 * date ranges become one, where two held the same seat the one published last wins (then the later
 * roster), and what was merged is recorded and reported once.
 */
class TimelineMigrationTest {

    private static final LocalDateTime FIRST_PUBLISH = LocalDateTime.of(2020, 2, 2, 10, 0);
    private static final LocalDateTime SECOND_PUBLISH = LocalDateTime.of(2020, 2, 4, 10, 0);

    @Test
    void overlapping_rosters_become_one_timeline_on_h2() {
        migrate(new DriverManagerDataSource("jdbc:h2:mem:timeline-migration-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    @Test
    void overlapping_rosters_become_one_timeline_on_postgresql() {
        migrate(new DriverManagerDataSource(TestPostgres.jdbcUrl("timeline_migration_" + System.nanoTime()),
                TestPostgres.USER, TestPostgres.PASSWORD));
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("200").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        oldRosters(jdbc);

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        // One roster per community: the latest, published when any of them last was.
        assertThat(jdbc.queryForList("select id, community_id from roster order by id"))
                .extracting(r -> number(r, "id"), r -> number(r, "community_id"))
                .containsExactly(tuple(13L, 1L), tuple(20L, 2L));
        assertThat(jdbc.queryForObject("select published_at from roster where id = 13", Timestamp.class))
                .isEqualTo(Timestamp.valueOf(SECOND_PUBLISH));
        // Each seat once: (post, start, seat) -> volunteer, published volunteer, published at.
        List<Map<String, Object>> seats = jdbc.queryForList("""
                select roster_id, post_id, starts_at, seat, volunteer_id, published_volunteer_id, published_at
                from assignment where roster_id = 13 order by starts_at, post_id""");
        assertThat(seats).extracting(s -> number(s, "post_id"), s -> start(s), s -> number(s, "volunteer_id"),
                        s -> number(s, "published_volunteer_id"), s -> (Timestamp) s.get("published_at"))
                .containsExactly(
                        // only in the first roster
                        tuple(1L, "2020-02-03T07:00", 1L, 1L, Timestamp.valueOf(FIRST_PUBLISH)),
                        // in the first and second published roster: the later publish wins
                        tuple(1L, "2020-02-05T07:00", 2L, 2L, Timestamp.valueOf(SECOND_PUBLISH)),
                        // published in the second, drafted again in the third: the published seat wins
                        tuple(1L, "2020-02-10T07:00", 3L, 3L, Timestamp.valueOf(SECOND_PUBLISH)),
                        // two drafts: the later roster wins
                        tuple(2L, "2020-02-12T07:00", 2L, null, null));
        assertThat(jdbc.queryForObject("select count(*) from assignment where roster_id = 20", Integer.class)).isOne();
        assertThat(jdbc.queryForList("select distinct roster_id from duty_change", Long.class)).containsExactly(13L);

        // What was merged: three rosters folded into 13, and the dropped copy of each seat held twice.
        assertThat(jdbc.queryForList("select merged_roster_id from timeline_merge where kind = 'ROSTER' order by 1",
                Long.class)).containsExactly(10L, 11L, 12L);
        assertThat(jdbc.queryForList("""
                        select starts_at, kept_roster_id, kept_volunteer_id, merged_roster_id, dropped_volunteer_id,
                               dropped_published_volunteer_id
                        from timeline_merge where kind = 'SEAT' order by starts_at"""))
                .extracting(m -> start(m), m -> number(m, "kept_roster_id"), m -> number(m, "kept_volunteer_id"),
                        m -> number(m, "merged_roster_id"), m -> number(m, "dropped_volunteer_id"),
                        m -> number(m, "dropped_published_volunteer_id"))
                .containsExactly(tuple("2020-02-05T07:00", 11L, 2L, 10L, 1L, 1L),
                        tuple("2020-02-10T07:00", 11L, 3L, 12L, 4L, null),
                        tuple("2020-02-12T07:00", 13L, 2L, 12L, 4L, null));
        // A community with one roster had nothing to merge.
        assertThat(jdbc.queryForObject("select count(*) from timeline_merge where community_id = 2", Integer.class))
                .isZero();
        // A second roster of a community can no longer be stored.
        assertThatThrownBy(() -> jdbc.update("insert into roster (id, version, community_id) values (30, 0, 1)"))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);

        // Reported once at the next start.
        new TimelineMergeReport(jdbc).run(null);
        assertThat(jdbc.queryForObject("select count(*) from timeline_merge where logged = false", Integer.class))
                .isZero();
    }

    private static Long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? null : ((Number) value).longValue();
    }

    private static String start(Map<String, Object> row) {
        return ((Timestamp) row.get("starts_at")).toLocalDateTime().toString();
    }

    /** The schema of version 103: rosters per date range, overlapping ones holding the same seats. */
    private static void oldRosters(JdbcTemplate jdbc) {
        for (long community : new long[] {1, 2}) {
            jdbc.update("""
                    insert into community (id, version, name, min_rest_hours, max_hours_per_day, max_consecutive_days,
                        weight_home, weight_preferred, weight_fairness, weight_continuity, weight_stability)
                    values (?, 0, ?, 10, 8, 6, 1, 1, 1, 1, 1)""", community, "社区" + community);
            jdbc.update("insert into compound (id, version, community_id, code, name) values (?, 0, ?, ?, '院')",
                    community, community, "C" + community);
        }
        jdbc.update("insert into post (id, version, compound_id, code, name, kind) values (1, 0, 1, 'P1', '北门', 'GATE')");
        jdbc.update("insert into post (id, version, compound_id, code, name, kind) values (2, 0, 1, 'P2', '南门', 'GATE')");
        jdbc.update("insert into post (id, version, compound_id, code, name, kind) values (3, 0, 2, 'P3', '东门', 'GATE')");
        for (long volunteer = 1; volunteer <= 4; volunteer++) {
            jdbc.update("""
                    insert into volunteer (id, version, community_id, code, name, role, only_home, max_hours_per_week)
                    values (?, 0, 1, ?, ?, 'VOLUNTEER', false, 40)""", volunteer, "V" + volunteer, "志愿者" + volunteer);
        }
        roster(jdbc, 10, 1, "2020-02-03", "2020-02-09", FIRST_PUBLISH);
        roster(jdbc, 11, 1, "2020-02-05", "2020-02-11", SECOND_PUBLISH);
        roster(jdbc, 12, 1, "2020-02-10", "2020-02-12", null);
        roster(jdbc, 13, 1, "2020-02-12", "2020-02-13", null);
        roster(jdbc, 20, 2, "2020-02-03", "2020-02-09", null);
        seat(jdbc, 10, 1, "2020-02-03T07:00", 1L, 1L);
        seat(jdbc, 10, 1, "2020-02-05T07:00", 1L, 1L);
        seat(jdbc, 11, 1, "2020-02-05T07:00", 2L, 2L);
        seat(jdbc, 11, 1, "2020-02-10T07:00", 3L, 3L);
        seat(jdbc, 12, 1, "2020-02-10T07:00", 4L, null);
        seat(jdbc, 12, 2, "2020-02-12T07:00", 4L, null);
        seat(jdbc, 13, 2, "2020-02-12T07:00", 2L, null);
        seat(jdbc, 20, 3, "2020-02-03T07:00", null, null);
        jdbc.update("""
                insert into duty_change (version, volunteer_id, roster_id, post_id, starts_at, ends_at, kind, changed_at)
                values (0, 1, 10, 1, ?, ?, 'ADDED', ?)""", Timestamp.valueOf("2020-02-03 07:00:00"),
                Timestamp.valueOf("2020-02-03 11:00:00"), Timestamp.valueOf(FIRST_PUBLISH));
    }

    private static void roster(JdbcTemplate jdbc, long id, long community, String first, String last,
                               LocalDateTime published) {
        jdbc.update("""
                insert into roster (id, version, community_id, first_date, last_date, status, published_at)
                values (?, 0, ?, ?, ?, ?, ?)""", id, community, java.sql.Date.valueOf(first), java.sql.Date.valueOf(last),
                published == null ? "DRAFT" : "PUBLISHED", published == null ? null : Timestamp.valueOf(published));
    }

    private static void seat(JdbcTemplate jdbc, long roster, long post, String start, Long volunteer, Long published) {
        LocalDateTime from = LocalDateTime.parse(start);
        jdbc.update("""
                insert into assignment (version, roster_id, post_id, starts_at, ends_at, seat, volunteer_id, pinned,
                                        published_volunteer_id, released)
                values (0, ?, ?, ?, ?, 0, ?, false, ?, false)""", roster, post, Timestamp.valueOf(from),
                Timestamp.valueOf(from.plusHours(4)), volunteer, published);
    }
}
