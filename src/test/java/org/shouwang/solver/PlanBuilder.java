package org.shouwang.solver;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.DateTimeRange;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds small plan documents in code for solver and checker tests. */
public final class PlanBuilder {

    public static final List<DayOfWeek> EVERY_DAY = List.copyOf(EnumSet.allOf(DayOfWeek.class));

    private LocalDate from = LocalDate.of(2020, 2, 3);
    private LocalDate to = LocalDate.of(2020, 2, 9);
    private PlanDocument.Rules rules = new PlanDocument.Rules(10, 8, 5);
    private final List<PlanDocument.CompoundDef> compounds = new ArrayList<>();
    private final List<PlanDocument.PostDef> posts = new ArrayList<>();
    private final List<PlanDocument.DemandDef> demands = new ArrayList<>();
    private final List<VolunteerDef> volunteers = new ArrayList<>();
    private final List<AssignmentDef> assignments = new ArrayList<>();

    public static PlanBuilder plan() {
        return new PlanBuilder();
    }

    public PlanBuilder horizon(String first, String last) {
        from = LocalDate.parse(first);
        to = LocalDate.parse(last);
        return this;
    }

    public PlanBuilder rules(double minRestHours, double maxHoursPerDay, int maxConsecutiveDays) {
        rules = new PlanDocument.Rules(minRestHours, maxHoursPerDay, maxConsecutiveDays);
        return this;
    }

    /** A compound with one gate post named {@code <compound>-G}. */
    public PlanBuilder compound(String code) {
        compounds.add(new PlanDocument.CompoundDef(code, code, null, null));
        posts.add(new PlanDocument.PostDef(code + "-G", code, "gate", PostKind.GATE));
        return this;
    }

    /** A daily shift at the post; {@code lead} seats need LEAD. */
    public PlanBuilder demand(String post, String start, String end, int headcount, int lead) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        if (lead > 0) {
            skills.put("LEAD", lead);
        }
        demands.add(new PlanDocument.DemandDef(post, EVERY_DAY, LocalTime.parse(start), LocalTime.parse(end),
                headcount, skills, null));
        return this;
    }

    public PlanBuilder volunteer(VolunteerDef volunteer) {
        volunteers.add(volunteer);
        return this;
    }

    public PlanBuilder assign(String post, String start, int seat, String volunteer, boolean pinned) {
        assignments.add(new AssignmentDef(post, LocalDateTime.parse(start), seat, volunteer, pinned));
        return this;
    }

    public PlanDocument build() {
        return new PlanDocument(PlanDocument.FORMAT, new PlanDocument.CommunityInfo("test"),
                new PlanDocument.Horizon(from, to), rules, compounds, posts, demands, volunteers, assignments, null);
    }

    /** A volunteer who can serve anywhere at any time, 40 h a week, with the given skills. */
    public static VolunteerDef anyone(String code, String home, String... skills) {
        return new VolunteerDef(code, code, null, VolunteerRole.VOLUNTEER, home, List.of(skills), 40, false,
                List.of(), List.of(), List.of());
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

    public static VolunteerDef onlyHome(VolunteerDef v) {
        return new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), v.skills(), v.maxHoursPerWeek(),
                true, v.available(), v.unavailable(), v.preferred());
    }

    public static WeeklyWindow window(String start, String end, DayOfWeek... days) {
        return new WeeklyWindow(days.length == 0 ? EVERY_DAY : List.of(days), LocalTime.parse(start),
                LocalTime.parse(end));
    }
}
