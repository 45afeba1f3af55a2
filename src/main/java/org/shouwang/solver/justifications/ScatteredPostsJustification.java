package org.shouwang.solver.justifications;

import java.util.List;
import java.util.Map;

/** A volunteer's shifts are spread over this many posts. */
public record ScatteredPostsJustification(String volunteer, int posts) implements RuleJustification {

    @Override
    public List<Map.Entry<String, Object>> figures() {
        return RuleJustification.figures("posts", posts);
    }
}
