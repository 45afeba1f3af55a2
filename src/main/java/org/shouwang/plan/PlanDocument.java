package org.shouwang.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * One community's whole planning problem in the {@code shouwang-plan/1} exchange format
 * (see {@code docs/plan-format.md}): the lingua franca between the database, the JSON files and the
 * solver. Plain immutable records; {@link PlanJson} reads and writes them.
 *
 * @param assignments optional on input (pinned or starting assignments), one per seat on output
 * @param summary     output only, {@code null} on input
 */
public record PlanDocument(
        String format,
        CommunityInfo community,
        Horizon horizon,
        Rules rules,
        List<CompoundDef> compounds,
        List<PostDef> posts,
        List<DemandDef> demands,
        List<VolunteerDef> volunteers,
        List<AssignmentDef> assignments,
        Summary summary) {

    public static final String FORMAT = "shouwang-plan/1";

    public PlanDocument {
        compounds = List.copyOf(compounds);
        posts = List.copyOf(posts);
        demands = List.copyOf(demands);
        volunteers = List.copyOf(volunteers);
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    public PlanDocument withAssignments(List<AssignmentDef> newAssignments, Summary newSummary) {
        return new PlanDocument(format, community, horizon, rules, compounds, posts, demands, volunteers,
                newAssignments, newSummary);
    }

    public record CommunityInfo(String name) {
    }

    /** The first and the last date planned, both included. */
    public record Horizon(LocalDate from, LocalDate to) {
    }

    public record Rules(double minRestHours, double maxHoursPerDay, int maxConsecutiveDays) {
    }

    /** @param households optional, {@code null} when unknown; @param owner optional volunteer code */
    public record CompoundDef(String code, String name, Integer households, String owner) {
    }

    public record PostDef(String code, String compound, String name, PostKind kind) {
    }

    /**
     * A recurring staffing need. {@code to <= from} means the shift ends on the next date.
     *
     * @param skills skill to number of seats needing it, in seat order (a {@link java.util.LinkedHashMap})
     * @param dates  optional narrowing to part of the horizon, {@code null} for the whole horizon
     */
    public record DemandDef(String post, List<DayOfWeek> days, LocalTime from, LocalTime to, int headcount,
                            Map<String, Integer> skills, DateRange dates) {
        public DemandDef {
            days = List.copyOf(days);
            skills = skills == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(skills));
        }
    }

    public record DateRange(LocalDate from, LocalDate to) {
    }

    /**
     * Someone who can be rostered.
     *
     * @param available {@code null} or empty: can serve at any time
     */
    public record VolunteerDef(String code, String name, String phone, VolunteerRole role, String home,
                               List<String> skills, double maxHoursPerWeek, boolean onlyHome,
                               List<WeeklyWindow> available, List<DateTimeRange> unavailable,
                               List<WeeklyWindow> preferred) {
        public VolunteerDef {
            skills = skills == null ? List.of() : List.copyOf(skills);
            available = available == null ? List.of() : List.copyOf(available);
            unavailable = unavailable == null ? List.of() : List.copyOf(unavailable);
            preferred = preferred == null ? List.of() : List.copyOf(preferred);
        }
    }

    /** A weekly window; {@code to <= from} ends on the next day. */
    public record WeeklyWindow(List<DayOfWeek> days, LocalTime from, LocalTime to) {
        public WeeklyWindow {
            days = List.copyOf(days);
        }
    }

    /** A date-time range such as leave or sickness. */
    public record DateTimeRange(LocalDateTime from, LocalDateTime to) {
    }

    /** One seat, named by post, shift start and seat number; {@code volunteer} is a code or {@code null}. */
    public record AssignmentDef(String post, LocalDateTime start, int seat, String volunteer, boolean pinned) {
    }

    /**
     * The figures of a solved roster.
     *
     * @param forced  seats whose given (unpinned) volunteer can no longer serve them: leave, availability,
     *                skill, home-only, or a clash with pinned or earlier given duties
     * @param changed seats whose given volunteer was replaced or removed (the forced ones included)
     */
    public record Summary(int seats, int filled, int unfilled, int hardViolations, String score,
                          double solveSeconds, int forced, int changed) {

        /** A summary of a roster solved without given assignments, or read from a file without the figures. */
        public Summary(int seats, int filled, int unfilled, int hardViolations, String score, double solveSeconds) {
            this(seats, filled, unfilled, hardViolations, score, solveSeconds, 0, 0);
        }
    }
}
