package org.shouwang.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;

/**
 * Says once, at the first start after the migration to one timeline per community (V205), what it merged:
 * per community the old rosters folded into its timeline and every seat that two rosters held, with whom
 * each copy had (the later published one was kept). The record stays in {@code timeline_merge}.
 */
@Component
class TimelineMergeReport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TimelineMergeReport.class);

    private final JdbcTemplate jdbc;

    TimelineMergeReport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select community_id, kind, kept_roster_id, merged_roster_id, first_date, last_date, post_id, starts_at,
                       seat, kept_volunteer_id, kept_published_volunteer_id, dropped_volunteer_id,
                       dropped_published_volunteer_id
                from timeline_merge where logged = false order by community_id, kind, id""");
        if (rows.isEmpty()) {
            return;
        }
        for (Map<String, Object> row : rows) {
            if ("ROSTER".equals(row.get("kind"))) {
                log.info("Community {}: roster {} ({}..{}) merged into its timeline (roster {})",
                        row.get("community_id"), row.get("merged_roster_id"), row.get("first_date"),
                        row.get("last_date"), row.get("kept_roster_id"));
            } else {
                log.warn("Community {}: seat {} of post {} at {} was held by rosters {} and {}; kept volunteer {} "
                                + "(published {}), dropped volunteer {} (published {})", row.get("community_id"),
                        row.get("seat"), row.get("post_id"), row.get("starts_at"), row.get("kept_roster_id"),
                        row.get("merged_roster_id"), row.get("kept_volunteer_id"),
                        row.get("kept_published_volunteer_id"), row.get("dropped_volunteer_id"),
                        row.get("dropped_published_volunteer_id"));
            }
        }
        int marked = jdbc.update("update timeline_merge set logged = true where logged = false");
        log.info("One timeline per community: {} merges reported (kept in the table timeline_merge)", marked);
    }
}
