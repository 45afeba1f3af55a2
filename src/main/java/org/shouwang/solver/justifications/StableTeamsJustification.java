package org.shouwang.solver.justifications;

import java.util.List;
import java.util.Map;

/**
 * The roster's volunteers serve in this many distinct pairs (two people who share at least one shift);
 * {@code volunteers} hold at least one seat. One match for the whole roster: what the rule weighs is how
 * many different people meet, not any one pair.
 */
public record StableTeamsJustification(int pairs, int volunteers) implements RuleJustification {

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("pairs", pairs, "volunteers", volunteers);
    }
}
