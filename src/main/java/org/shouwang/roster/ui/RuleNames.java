package org.shouwang.roster.ui;

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

    private static String orRaw(Component context, String key, String raw) {
        String text = context.getTranslation(key);
        return text.startsWith("!") && text.endsWith("!") ? raw : text;
    }

    /** "Too little rest" and "TOO_LITTLE_REST" name the same rule. */
    static String normalize(String rule) {
        return rule.trim().replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
