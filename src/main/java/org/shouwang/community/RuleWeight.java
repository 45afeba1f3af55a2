package org.shouwang.community;

import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The soft rules a community weights, each named as the planner names its rule (the solver's
 * {@code Rule} translation keys, {@code rule.*}), so the settings page and the Why panel use one word
 * for one rule. The community feature sits below the solver and cannot name its {@code Rule}s; a test
 * holds the keys to them.
 */
public enum RuleWeight {
    HOME("rule.away-from-home", SoftWeights::home),
    PREFERRED("rule.not-preferred", SoftWeights::preferred),
    FAIRNESS("rule.unfair-load", SoftWeights::fairness),
    CONTINUITY("rule.scattered-posts", SoftWeights::continuity),
    STABILITY("rule.changed-assignment", SoftWeights::stability),
    TEAMS("rule.stable-teams", SoftWeights::teams);

    private final String ruleKey;
    private final ToIntFunction<SoftWeights> value;

    RuleWeight(String ruleKey, ToIntFunction<SoftWeights> value) {
        this.ruleKey = ruleKey;
        this.value = value;
    }

    /** The translation key of the rule's name, e.g. {@code rule.stable-teams}. */
    public String ruleKey() {
        return ruleKey;
    }

    /** The property of {@link CommunitySettings} that holds it, e.g. {@code teams}. */
    public String property() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** This rule's weight among the weights. */
    public int of(SoftWeights weights) {
        return value.applyAsInt(weights);
    }

    /** What a new community starts with. */
    public int byDefault() {
        return of(SoftWeights.DEFAULT);
    }
}
