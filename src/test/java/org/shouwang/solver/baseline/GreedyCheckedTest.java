package org.shouwang.solver.baseline;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.solver.check.RosterChecker;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The baseline keeps every hard rule, as the independent checker sees them, on realistic problems. */
class GreedyCheckedTest {

    private final RosterChecker checker = new RosterChecker();

    @ParameterizedTest
    @CsvSource({"tiny", "small", "medium"})
    void the_greedy_roster_of_each_example_breaks_no_hard_rule(String example) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/examples/" + example + ".json")) {
            PlanDocument problem = PlanJson.read(Objects.requireNonNull(in, example));
            assertThat(checker.check(problem, GreedyRoster.solve(problem))).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"1, 11, 60, 7", "2, 7, 230, 14", "4, 5, 50, 9"})
    void the_greedy_roster_of_generated_problems_breaks_no_hard_rule(long seed, int compounds, int volunteers,
                                                                     int days) {
        PlanDocument problem = CommunityGenerator.sized(seed, compounds, volunteers, days);
        assertThat(checker.check(problem, GreedyRoster.solve(problem))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"3, 6, 80, 10"})
    void pinned_assignments_from_another_roster_are_kept_and_the_rest_still_breaks_no_hard_rule(
            long seed, int compounds, int volunteers, int days) {
        PlanDocument problem = CommunityGenerator.sized(seed, compounds, volunteers, days);
        // Pin every fifth seat of an earlier roster, empty ones included, as a secretary locks what must not move.
        List<AssignmentDef> earlier = GreedyRoster.solve(problem).assignments();
        List<AssignmentDef> pins = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i += 5) {
            AssignmentDef seat = earlier.get(i);
            pins.add(new AssignmentDef(seat.post(), seat.start(), seat.seat(), seat.volunteer(), true));
        }
        PlanDocument pinned = problem.withAssignments(pins, null);

        PlanDocument roster = GreedyRoster.solve(pinned);

        assertThat(checker.check(pinned, roster)).isEmpty();
        assertThat(roster.assignments()).filteredOn(AssignmentDef::pinned).hasSameSizeAs(pins);
    }
}
