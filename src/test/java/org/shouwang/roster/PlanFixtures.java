package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Small plan documents for the roster feature's pure computations. */
final class PlanFixtures {

    static final List<DayOfWeek> EVERY_DAY = Arrays.asList(DayOfWeek.values());

    private PlanFixtures() {
    }

    /** One compound "A" (甲院) with one gate "A-N", a demand per band, on a week starting Monday 2020-02-03. */
    static PlanDocument oneGate(List<PlanDocument.DemandDef> demands, List<PlanDocument.VolunteerDef> volunteers,
                                List<AssignmentDef> assignments) {
        return new PlanDocument(PlanDocument.FORMAT, new PlanDocument.CommunityInfo("测试社区"),
                new PlanDocument.Horizon(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 9)),
                new PlanDocument.Rules(10, 8, 6),
                List.of(new PlanDocument.CompoundDef("A", "甲院", null, null),
                        new PlanDocument.CompoundDef("B", "乙院", null, null)),
                List.of(new PlanDocument.PostDef("A-N", "A", "北门", PostKind.GATE)),
                demands, volunteers, assignments, null);
    }

    static PlanDocument.DemandDef demand(List<DayOfWeek> days, String from, String to, int headcount) {
        return new PlanDocument.DemandDef("A-N", days, LocalTime.parse(from), LocalTime.parse(to), headcount, Map.of(), null);
    }

    static PlanDocument.VolunteerDef volunteer(String code, String home, double maxHours,
                                               List<PlanDocument.WeeklyWindow> preferred) {
        return new PlanDocument.VolunteerDef(code, "志愿者" + code, null, VolunteerRole.VOLUNTEER, home, List.of(),
                maxHours, false, List.of(), List.of(), preferred);
    }
}
