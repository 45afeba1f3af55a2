package org.shouwang.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.shouwang.base.DaysOfWeekConverter;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Phones;
import org.shouwang.volunteer.Volunteer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Stores the new volunteers of an import in JDBC batches, inside the import's transaction. Through the
 * persistence context each new volunteer costs an insert of its own (identity keys cannot be batched)
 * plus Hibernate's bookkeeping of the entity and its three collections: two thirds of a 10,000-row
 * import's time went there. Here the volunteers go in batches, their ids come back in one query by
 * their codes (unique in the community), and then their skills and windows go in batches too.
 * The entity's own validation still runs on each, as a persist would run it.
 */
@Component
class NewVolunteers {

    static final int BATCH = 500;

    private static final String INSERT_VOLUNTEER = """
            insert into volunteer (version, community_id, code, name, phone, phone_key, role, home_id, only_home,
                                   max_hours_per_week, note)
            values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_SKILL = "insert into volunteer_skill (volunteer_id, skill) values (?, ?)";
    private static final String INSERT_AVAILABLE =
            "insert into volunteer_available (volunteer_id, position, days, starts_at, ends_at) values (?, ?, ?, ?, ?)";
    private static final String INSERT_PREFERRED =
            "insert into volunteer_preferred (volunteer_id, position, days, starts_at, ends_at) values (?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final Validator validator;
    private final DaysOfWeekConverter days = new DaysOfWeekConverter();

    NewVolunteers(JdbcTemplate jdbc, Validator validator) {
        this.jdbc = jdbc;
        this.validator = validator;
    }

    /**
     * Inserts the volunteers (new, unsaved entities of one community with their home set) with their
     * skills and windows; a volunteer that breaks its entity's constraints stops the import.
     *
     * @param stored told after each batch of volunteers how many were stored so far
     * @throws ConstraintViolationException as a persist would throw it
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void insert(long communityId, List<Volunteer> volunteers, IntConsumer stored) {
        for (Volunteer volunteer : volunteers) {
            Set<ConstraintViolation<Volunteer>> violations = validator.validate(volunteer);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException("Volunteer " + volunteer.getCode() + " is not valid", violations);
            }
        }
        for (int from = 0; from < volunteers.size(); from += BATCH) {
            List<Volunteer> batch = volunteers.subList(from, Math.min(volunteers.size(), from + BATCH));
            jdbc.batchUpdate(INSERT_VOLUNTEER, batch, batch.size(), (statement, v) -> {
                statement.setLong(1, communityId);
                statement.setString(2, v.getCode());
                statement.setString(3, v.getName());
                statement.setString(4, v.getPhone());
                // The key the entity derives when its phone is set: the community's phones stay unique by it.
                statement.setString(5, Phones.key(v.getPhone()));
                statement.setString(6, v.getRole().name());
                if (v.getHome() == null) {
                    statement.setNull(7, Types.BIGINT);
                } else {
                    statement.setLong(7, v.getHome().getId());
                }
                statement.setBoolean(8, v.isOnlyHome());
                statement.setDouble(9, v.getMaxHoursPerWeek());
                statement.setString(10, v.getNote());
            });
            stored.accept(from + batch.size());
        }
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select id, code from volunteer where community_id = ?",
                row -> {
                    ids.put(row.getString(2), row.getLong(1));
                }, communityId);
        List<Object[]> skills = new ArrayList<>();
        List<Object[]> available = new ArrayList<>();
        List<Object[]> preferred = new ArrayList<>();
        for (Volunteer v : volunteers) {
            Long id = ids.get(v.getCode());
            v.getSkills().forEach(skill -> skills.add(new Object[] {id, skill}));
            windows(id, v.getAvailable(), available);
            windows(id, v.getPreferred(), preferred);
        }
        jdbc.batchUpdate(INSERT_SKILL, skills, BATCH, (statement, row) -> {
            statement.setLong(1, (Long) row[0]);
            statement.setString(2, (String) row[1]);
        });
        insertWindows(INSERT_AVAILABLE, available);
        insertWindows(INSERT_PREFERRED, preferred);
    }

    private void windows(Long id, List<AvailabilityWindow> windows, List<Object[]> rows) {
        for (int position = 0; position < windows.size(); position++) {
            AvailabilityWindow w = windows.get(position);
            rows.add(new Object[] {id, position, days.convertToDatabaseColumn(w.getDays()), w.getStartsAt(),
                    w.getEndsAt()});
        }
    }

    private void insertWindows(String sql, List<Object[]> rows) {
        jdbc.batchUpdate(sql, rows, BATCH, (statement, row) -> {
            statement.setLong(1, (Long) row[0]);
            statement.setInt(2, (Integer) row[1]);
            statement.setString(3, (String) row[2]);
            statement.setObject(4, row[3], Types.TIME);
            statement.setObject(5, row[4], Types.TIME);
        });
    }
}
