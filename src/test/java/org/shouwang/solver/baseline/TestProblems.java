package org.shouwang.solver.baseline;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Small hand-made problems for the baseline and bound tests: two compounds A and B with one gate each
 * (posts "A-G" and "B-G"), a horizon starting Monday 2020-02-03.
 */
public final class TestProblems {

    public static final LocalDate MONDAY = LocalDate.of(2020, 2, 3);
    public static final List<DayOfWeek> EVERY_DAY = Arrays.asList(DayOfWeek.values());

    private LocalDate to = MONDAY;
    private double minRestHours = 0;
    private double maxHoursPerDay = 24;
    private int maxConsecutiveDays = 31;
    private final List<DemandDef> demands = new ArrayList<>();
    private final List<VolunteerDef> volunteers = new ArrayList<>();
    private final List<AssignmentDef> assignments = new ArrayList<>();

    public static TestProblems days(int days) {
        TestProblems problems = new TestProblems();
        problems.to = MONDAY.plusDays(days - 1);
        return problems;
    }

    public TestProblems rules(double minRest, double maxPerDay, int maxConsecutive) {
        this.minRestHours = minRest;
        this.maxHoursPerDay = maxPerDay;
        this.maxConsecutiveDays = maxConsecutive;
        return this;
    }

    /** A shift at {@code post} every day from..to with {@code headcount} seats, the first needing {@code skill}. */
    public TestProblems shift(String post, String from, String to, int headcount, String skill) {
        demands.add(new DemandDef(post, EVERY_DAY, LocalTime.parse(from), LocalTime.parse(to), headcount,
                skill == null ? Map.of() : Map.of(skill, 1), null));
        return this;
    }

    public TestProblems shift(String post, String from, String to, int headcount) {
        return shift(post, from, to, headcount, null);
    }

    public TestProblems volunteer(VolunteerDef volunteer) {
        volunteers.add(volunteer);
        return this;
    }

    public TestProblems pin(String post, LocalDateTime start, int seat, String volunteer) {
        assignments.add(new AssignmentDef(post, start, seat, volunteer, true));
        return this;
    }

    public PlanDocument build() {
        return new PlanDocument(PlanDocument.FORMAT, new PlanDocument.CommunityInfo("test"),
                new PlanDocument.Horizon(MONDAY, to),
                new PlanDocument.Rules(minRestHours, maxHoursPerDay, maxConsecutiveDays),
                List.of(new CompoundDef("A", "A", null, null), new CompoundDef("B", "B", null, null)),
                List.of(new PostDef("A-G", "A", "gate", PostKind.GATE), new PostDef("B-G", "B", "gate", PostKind.GATE)),
                demands, volunteers, assignments, null);
    }

    /** A volunteer of compound A, free at all times, with up to {@code maxHoursPerWeek}. */
    public static VolunteerDef person(String code, double maxHoursPerWeek, String... skills) {
        return new VolunteerDef(code, code, null, VolunteerRole.VOLUNTEER, "A", List.of(skills), maxHoursPerWeek,
                false, List.of(), List.of(), List.of());
    }

    public static VolunteerDef available(VolunteerDef v, List<DayOfWeek> days, String from, String to) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                v.onlyHome(), List.of(new WeeklyWindow(days, LocalTime.parse(from), LocalTime.parse(to))),
                v.unavailable(), v.preferred());
    }

    public static VolunteerDef onLeave(VolunteerDef v, String from, String to) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                v.onlyHome(), v.available(),
                List.of(new DateTimeRange(LocalDateTime.parse(from), LocalDateTime.parse(to))), v.preferred());
    }

    public static VolunteerDef onlyHome(VolunteerDef v, String home) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), home, v.skills(), v.maxHoursPerWeek(),
                true, v.available(), v.unavailable(), v.preferred());
    }
}
