package org.shouwang.planning.ui;

import com.vaadin.flow.component.Component;

/**
 * Human names for the solver's rule keys and for skills. A key without a translation shows as it is,
 * so a rule the solver adds later is still readable.
 */
final class RuleNames {

    private RuleNames() {
    }

    static String rule(Component context, String rule) {
        return orRaw(context, "roster.planner.rule." + normalize(rule), rule);
    }

    static String skill(Component context, String skill) {
        return orRaw(context, "roster.planner.skill." + skill, skill);
    }

    /** A named figure of a rule's match ("gapMinutes" 120): "间隔 120 分钟", or "gapMinutes=120" if unknown. */
    static String fact(Component context, String name, String value) {
        String text = context.getTranslation("roster.planner.why.fact." + name, value);
        return missing(text) ? name + "=" + value : text;
    }

    private static String orRaw(Component context, String key, String raw) {
        String text = context.getTranslation(key);
        return missing(text) ? raw : text;
    }

    private static boolean missing(String text) {
        return text.startsWith("!") && text.endsWith("!");
    }

    /** "Too little rest" and "TOO_LITTLE_REST" name the same rule. */
    static String normalize(String rule) {
        return rule.trim().replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
