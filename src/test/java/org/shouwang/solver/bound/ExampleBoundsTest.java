package org.shouwang.solver.bound;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.demo.CommunityGenerator;
import org.shouwang.solver.baseline.GreedyRoster;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class ExampleBoundsTest {

    /** Optima proven by integer programming, and the reference max-flow bounds, from examples/README.md. */
    @ParameterizedTest
    @CsvSource({"tiny, 32, 32", "small, 291, 298", "medium, 1519, 1519"})
    void the_bound_of_each_example_is_at_least_its_proven_optimum_and_as_tight_as_the_reference(
            String example, int optimum, int referenceBound) throws IOException {
        assertThat(MaxFlowBound.of(example(example))).isBetween(optimum, referenceBound);
    }

    @ParameterizedTest
    @CsvSource({"tiny", "small", "medium"})
    void the_greedy_baseline_never_fills_more_than_the_bound_on_the_examples(String example) throws IOException {
        PlanDocument problem = example(example);
        assertThat(filled(GreedyRoster.solve(problem))).isLessThanOrEqualTo(MaxFlowBound.of(problem));
    }

    @ParameterizedTest
    @CsvSource({"1, 11, 60, 7", "2, 7, 230, 14", "5, 4, 40, 10"})
    void the_greedy_baseline_never_fills_more_than_the_bound_on_generated_problems(
            long seed, int compounds, int volunteers, int days) {
        PlanDocument problem = CommunityGenerator.sized(seed, compounds, volunteers, days);
        assertThat(filled(GreedyRoster.solve(problem))).isLessThanOrEqualTo(MaxFlowBound.of(problem));
    }

    static PlanDocument example(String name) throws IOException {
        try (InputStream in = ExampleBoundsTest.class.getResourceAsStream("/examples/" + name + ".json")) {
            return PlanJson.read(Objects.requireNonNull(in, name));
        }
    }

    static long filled(PlanDocument roster) {
        return roster.assignments().stream().map(AssignmentDef::volunteer).filter(Objects::nonNull).count();
    }
}
