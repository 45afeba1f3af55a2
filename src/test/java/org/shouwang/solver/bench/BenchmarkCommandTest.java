package org.shouwang.solver.bench;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.shouwang.plan.PlanBuilder.MONDAY;
import static org.shouwang.plan.PlanBuilder.person;

class BenchmarkCommandTest {

    @Test
    void hours_spread_is_the_standard_deviation_of_each_volunteers_share_of_the_hours_they_offered() {
        // Two weeks; V1 offers 10 h a week and serves 8 h (share 0.4), V2 offers 20 h a week and serves 4 h (0.1),
        // V3 serves nothing (0). Mean 1/6; deviations 0.2333, -0.0667, -0.1667.
        PlanDocument problem = PlanBuilder.twoGates(14).demand("A-G", "07:00", "11:00", 1)
                .volunteer(person("V1", 10)).volunteer(person("V2", 20)).volunteer(person("V3", 10)).build();
        PlanDocument roster = problem.withAssignments(List.of(
                new AssignmentDef("A-G", MONDAY.atTime(7, 0), 0, "V1", false),
                new AssignmentDef("A-G", MONDAY.plusDays(1).atTime(7, 0), 0, "V2", false),
                new AssignmentDef("A-G", MONDAY.plusDays(9).atTime(7, 0), 0, "V1", false),
                new AssignmentDef("A-G", MONDAY.plusDays(10).atTime(7, 0), 0, null, false)), null);

        double mean = (0.4 + 0.1 + 0) / 3;
        double expected = Math.sqrt((Math.pow(0.4 - mean, 2) + Math.pow(0.1 - mean, 2) + Math.pow(mean, 2)) / 3);
        assertThat(BenchmarkCommand.hoursSpread(roster)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void an_even_share_has_no_spread() {
        PlanDocument problem = PlanBuilder.twoGates(7).demand("A-G", "07:00", "11:00", 1)
                .volunteer(person("V1", 8)).volunteer(person("V2", 16)).build();
        PlanDocument roster = problem.withAssignments(List.of(
                new AssignmentDef("A-G", MONDAY.atTime(7, 0), 0, "V1", false),
                new AssignmentDef("A-G", MONDAY.plusDays(1).atTime(7, 0), 0, "V2", false),
                new AssignmentDef("A-G", MONDAY.plusDays(2).atTime(7, 0), 0, "V2", false)), null);

        assertThat(BenchmarkCommand.hoursSpread(roster)).isCloseTo(0, within(1e-9));
    }

    @Test
    void unknown_options_and_problems_are_refused() {
        assertThat(BenchmarkCommand.run(new String[] {"benchmark", "--fast"})).isEqualTo(2);
        assertThat(BenchmarkCommand.run(new String[] {"benchmark", "--only", "XL"})).isEqualTo(2);
        assertThat(BenchmarkCommand.run(new String[] {"benchmark", "--seconds", "0"})).isEqualTo(2);
    }

    @Test
    void a_replan_problem_pins_the_first_two_dates_and_makes_volunteers_with_later_duties_sick() {
        PlanDocument problem = PlanBuilder.twoGates(7).demand("A-G", "07:00", "11:00", 2)
                .volunteer(person("V1", 40)).volunteer(person("V2", 40)).volunteer(person("V3", 40))
                .volunteer(person("V4", 40)).build();
        PlanDocument solved = org.shouwang.solver.baseline.GreedyRoster.solve(problem);

        PlanDocument replan = BenchmarkCommand.replanProblem(solved, 2, 3, 7);

        assertThat(replan.assignments()).hasSameSizeAs(solved.assignments());
        assertThat(replan.assignments()).allMatch(a -> a.pinned() == a.start().isBefore(MONDAY.plusDays(2).atStartOfDay()));
        List<PlanDocument.VolunteerDef> sick = replan.volunteers().stream().filter(v -> !v.unavailable().isEmpty()).toList();
        assertThat(sick).hasSize(2).allSatisfy(v -> {
            assertThat(v.unavailable()).containsExactly(new PlanDocument.DateTimeRange(
                    MONDAY.plusDays(2).atStartOfDay(), MONDAY.plusDays(5).atStartOfDay()));
            assertThat(solved.assignments()).anyMatch(a -> v.code().equals(a.volunteer())
                    && !a.start().isBefore(MONDAY.plusDays(2).atStartOfDay())
                    && a.start().isBefore(MONDAY.plusDays(5).atStartOfDay()));
        });
        // The seed fixes who falls sick.
        assertThat(BenchmarkCommand.replanProblem(solved, 2, 3, 7)).isEqualTo(replan);
    }
}
