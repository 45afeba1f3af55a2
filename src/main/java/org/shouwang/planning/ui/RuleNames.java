package org.shouwang.planning.ui;

import com.vaadin.flow.component.Component;
import org.shouwang.roster.RosterScore;
import org.shouwang.solver.Rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The words for the solver's rules, scores and skills. A rule's name comes from its translation key,
 * so every rule has a name in both languages; a score is said in words ("0 rules broken · 3 seats
 * empty · penalty 10"), never as the engine's {@code 0hard/-3medium/-10soft}.
 */
final class RuleNames {

    private RuleNames() {
    }

    static String rule(Component context, Rule rule) {
        return context.getTranslation(rule.translationKey());
    }

    /**
     * Several rules in one line. Their names hold commas and "、" of their own ("请假、病休或隔离期间",
     * "On leave, sick or in quarantine"), so the list is separated by a semicolon of the user's language.
     */
    static String rules(Component context, Collection<Rule> rules) {
        return rules.stream().map(rule -> rule(context, rule))
                .collect(Collectors.joining(context.getTranslation("rule.separator")));
    }

    /** A roster's score, every part of it. */
    static String score(Component context, RosterScore score) {
        return context.getTranslation("rule.score", score.broken(), score.empty(), score.penalty());
    }

    /** What one rule or one match costs: only the parts it costs ("penalty 10"). */
    static String cost(Component context, RosterScore cost) {
        List<String> parts = new ArrayList<>();
        if (cost.broken() != 0) {
            parts.add(context.getTranslation("rule.score.broken", cost.broken()));
        }
        if (cost.empty() != 0) {
            parts.add(context.getTranslation("rule.score.empty", cost.empty()));
        }
        if (cost.penalty() != 0) {
            parts.add(context.getTranslation("rule.score.penalty", cost.penalty()));
        }
        return parts.isEmpty() ? score(context, cost) : String.join(" · ", parts);
    }

    static String skill(Component context, String skill) {
        String text = context.getTranslation("roster.planner.skill." + skill);
        return missing(text) ? skill : text;
    }

    /** A named figure of a rule's match ("gapMinutes" 120): "间隔 120 分钟", or "gapMinutes=120" if unknown. */
    static String fact(Component context, String name, String value) {
        String text = context.getTranslation("roster.planner.why.fact." + name, value);
        return missing(text) ? name + "=" + value : text;
    }

    private static boolean missing(String text) {
        return text.startsWith("!") && text.endsWith("!");
    }
}
