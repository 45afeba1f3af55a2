package org.shouwang.community;

import org.junit.jupiter.api.Test;
import org.shouwang.solver.Rule;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The settings name each weight as the planner names its rule: one word for one rule everywhere. */
class RuleWeightTest {

    @Test
    void every_soft_rule_has_one_weight_named_by_the_rules_key() {
        assertThat(Arrays.stream(RuleWeight.values()).map(RuleWeight::ruleKey))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Rule.values())
                        .filter(rule -> rule.level() == Rule.Level.SOFT).map(Rule::translationKey).toList());
    }

    @Test
    void each_weight_reads_its_own_value() {
        SoftWeights weights = new SoftWeights(1, 2, 3, 4, 5, 6);

        assertThat(Arrays.stream(RuleWeight.values()).mapToInt(weight -> weight.of(weights))).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(RuleWeight.TEAMS.byDefault()).isZero();
        assertThat(RuleWeight.TEAMS.property()).isEqualTo("teams");
    }
}
