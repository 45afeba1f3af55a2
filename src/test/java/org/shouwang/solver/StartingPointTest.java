package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.solver.check.RosterChecker;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starting point of a re-plan against the independent roster checker, on random problems and
 * random rosters (part pinned): the given duties it keeps add no violation to the pinned ones, and
 * each it empties would take part in one if put back alone.
 */
class StartingPointTest {

    private final RosterChecker checker = new RosterChecker();

    @Test
    void kept_given_duties_break_no_rule_and_each_forced_one_would() {
        Random random = new Random(20200204);
        int forcedSeen = 0;
        int keptSeen = 0;
        for (int i = 0; i < 120; i++) {
            PlanDocument problem = RandomRosterTest.randomProblem(random);
            List<AssignmentDef> given = new ArrayList<>();
            for (AssignmentDef a : RandomRosterTest.randomRoster(problem, random, 0.2 + random.nextDouble() * 0.6)
                    .assignments()) {
                given.add(new AssignmentDef(a.post(), a.start(), a.seat(), a.volunteer(), random.nextInt(4) == 0));
            }
            PlanDocument input = problem.withAssignments(given, null);

            RosterSolution start = RosterModel.startingPoint(input, RosterWeights.DEFAULT);

            List<AssignmentDef> kept = RosterModel.assignments(start);
            PlanDocument pinnedOnly = problem.withAssignments(given.stream().filter(AssignmentDef::pinned).toList(), null);
            int pinnedViolations = checker.check(pinnedOnly).size();
            assertThat(checker.check(problem.withAssignments(kept, null))).as("problem %d", i).hasSize(pinnedViolations);
            for (int s = 0; s < start.getSeats().size(); s++) {
                Seat seat = start.getSeats().get(s);
                if (seat.isForced()) {
                    forcedSeen++;
                    List<AssignmentDef> putBack = new ArrayList<>(kept);
                    AssignmentDef a = kept.get(s);
                    AssignmentDef back = new AssignmentDef(a.post(), a.start(), a.seat(), seat.getPrevious().getCode(), false);
                    putBack.set(s, back);
                    assertThat(checker.check(problem.withAssignments(putBack, null)))
                            .as("problem %d, %s back", i, seat).anyMatch(v -> v.involves(back));
                } else if (seat.getPerson() != null && !seat.isPinned()) {
                    keptSeen++;
                }
            }
        }
        // The generator must exercise both outcomes.
        assertThat(forcedSeen).isGreaterThan(50);
        assertThat(keptSeen).isGreaterThan(50);
    }
}
