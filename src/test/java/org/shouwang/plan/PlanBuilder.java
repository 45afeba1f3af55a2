package org.shouwang.plan;

import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds small plan documents in code: the one test fixture for documents that the examples do not fit.
 * Every plan starts on {@link #MONDAY}, Monday 2020-02-03 (the week the account begins).
 */
public final class PlanBuilder {

    public static final LocalDate MONDAY = LocalDate.of(2020, 2, 3);
    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    private String community = "test";
    private LocalDate from = MONDAY;
    private LocalDate to = MONDAY.plusDays(6);
    private PlanDocument.Rules rules = new PlanDocument.Rules(10, 8, 5);
    private final List<CompoundDef> compounds = new ArrayList<>();
    private final List<PostDef> posts = new ArrayList<>();
    private final List<DemandDef> demands = new ArrayList<>();
    private final List<VolunteerDef> volunteers = new ArrayList<>();
    private final List<AssignmentDef> assignments = new ArrayList<>();

    private PlanBuilder() {
    }

    /** An empty plan of one week with 10 h rest, 8 h a day and 5 days in a row. */
    public static PlanBuilder plan() {
        return new PlanBuilder();
    }

    /**
     * Compounds A and B with one gate each ("A-G", "B-G") over {@code days} dates, with rules that
     * bind nobody (no rest, 24 h a day, 31 days in a row), so that a test sets only the rule it is about.
     */
    public static PlanBuilder twoGates(int days) {
        return plan().days(days).rules(0, 24, 31).compound("A").compound("B");
    }

    /** Compounds A (甲院, with its north gate "A-N") and B (乙院, no post) for a week, 10 h rest, 8 h a day, 6 days. */
    public static PlanBuilder oneGate() {
        return plan().community("测试社区").rules(10, 8, 6)
                .compound("A", "甲院").gate("A-N", "A", "北门")
                .compound("B", "乙院");
    }

    public PlanBuilder community(String name) {
        community = name;
        return this;
    }

    public PlanBuilder horizon(String first, String last) {
        from = LocalDate.parse(first);
        to = LocalDate.parse(last);
        return this;
    }

    /** The horizon: {@code days} dates from Monday. */
    public PlanBuilder days(int days) {
        from = MONDAY;
        to = MONDAY.plusDays(days - 1);
        return this;
    }

    public PlanBuilder rules(double minRestHours, double maxHoursPerDay, int maxConsecutiveDays) {
        rules = new PlanDocument.Rules(minRestHours, maxHoursPerDay, maxConsecutiveDays);
        return this;
    }

    /** A compound with one gate post named {@code <compound>-G}. */
    public PlanBuilder compound(String code) {
        return compound(code, code).gate(code + "-G", code, "gate");
    }

    /** A compound without posts. */
    public PlanBuilder compound(String code, String name) {
        compounds.add(new CompoundDef(code, name, null, null));
        return this;
    }

    public PlanBuilder gate(String code, String compound, String name) {
        posts.add(new PostDef(code, compound, name, PostKind.GATE));
        return this;
    }

    /** A daily shift at the post; the first {@code lead} seats need LEAD. */
    public PlanBuilder demand(String post, String start, String end, int headcount, int lead) {
        return demand(post, EVERY_DAY, start, end, headcount, lead == 0 ? Map.of() : Map.of("LEAD", lead));
    }

    /** A daily shift at the post whose first seat needs {@code skill}. */
    public PlanBuilder demand(String post, String start, String end, int headcount, String skill) {
        return demand(post, EVERY_DAY, start, end, headcount, Map.of(skill, 1));
    }

    /** A daily shift at the post that needs no skill. */
    public PlanBuilder demand(String post, String start, String end, int headcount) {
        return demand(post, EVERY_DAY, start, end, headcount, Map.of());
    }

    /** A shift at the post on the given weekdays that needs no skill. */
    public PlanBuilder demand(String post, List<DayOfWeek> days, String start, String end, int headcount) {
        return demand(post, days, start, end, headcount, Map.of());
    }

    private PlanBuilder demand(String post, List<DayOfWeek> days, String start, String end, int headcount,
                               Map<String, Integer> skills) {
        demands.add(new DemandDef(post, days, LocalTime.parse(start), LocalTime.parse(end), headcount, skills, null));
        return this;
    }

    public PlanBuilder volunteer(VolunteerDef volunteer) {
        volunteers.add(volunteer);
        return this;
    }

    public PlanBuilder volunteers(List<VolunteerDef> list) {
        volunteers.addAll(list);
        return this;
    }

    public PlanBuilder assign(String post, String start, int seat, String volunteer, boolean pinned) {
        return assign(new AssignmentDef(post, LocalDateTime.parse(start), seat, volunteer, pinned));
    }

    public PlanBuilder pin(String post, LocalDateTime start, int seat, String volunteer) {
        return assign(new AssignmentDef(post, start, seat, volunteer, true));
    }

    public PlanBuilder assign(AssignmentDef assignment) {
        assignments.add(assignment);
        return this;
    }

    public PlanBuilder assignments(List<AssignmentDef> list) {
        assignments.addAll(list);
        return this;
    }

    public PlanDocument build() {
        return new PlanDocument(PlanDocument.FORMAT, new PlanDocument.CommunityInfo(community),
                new PlanDocument.Horizon(from, to), rules, compounds, posts, demands, volunteers, assignments, null);
    }

    // ---- volunteers ----

    /** A volunteer who can serve anywhere at any time, 40 h a week, with the given skills. */
    public static VolunteerDef anyone(String code, String home, String... skills) {
        return new VolunteerDef(code, code, null, VolunteerRole.VOLUNTEER, home, List.of(skills), 40, false,
                List.of(), List.of(), List.of());
    }

    /** A volunteer of compound A, free at all times, with up to {@code maxHoursPerWeek}. */
    public static VolunteerDef person(String code, double maxHoursPerWeek, String... skills) {
        return withMaxHoursPerWeek(anyone(code, "A", skills), maxHoursPerWeek);
    }

    public static VolunteerDef withAvailable(VolunteerDef v, WeeklyWindow... windows) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                v.onlyHome(), List.of(windows), v.unavailable(), v.preferred());
    }

    public static VolunteerDef withPreferred(VolunteerDef v, WeeklyWindow... windows) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                v.onlyHome(), v.available(), v.unavailable(), List.of(windows));
    }

    public static VolunteerDef withLeave(VolunteerDef v, String start, String end) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                v.onlyHome(), v.available(),
                List.of(new DateTimeRange(LocalDateTime.parse(start), LocalDateTime.parse(end))), v.preferred());
    }

    public static VolunteerDef withMaxHoursPerWeek(VolunteerDef v, double hours) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), hours,
                v.onlyHome(), v.available(), v.unavailable(), v.preferred());
    }

    /** The volunteer serves only their home compound. */
    public static VolunteerDef onlyHome(VolunteerDef v) {
        return onlyHome(v, v.home());
    }

    /** The volunteer serves only {@code home}, now their home compound. */
    public static VolunteerDef onlyHome(VolunteerDef v, String home) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), home, v.skills(), v.maxHoursPerWeek(),
                true, v.available(), v.unavailable(), v.preferred());
    }

    /** A weekly window on the given weekdays, every day when none are given. */
    public static WeeklyWindow window(String start, String end, DayOfWeek... days) {
        return new WeeklyWindow(days.length == 0 ? EVERY_DAY : List.of(days), LocalTime.parse(start),
                LocalTime.parse(end));
    }
}
