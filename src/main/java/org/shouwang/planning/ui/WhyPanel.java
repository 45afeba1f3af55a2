package org.shouwang.planning.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import org.shouwang.roster.ScoreAnalysis;
import org.shouwang.solver.SeatRef;

import java.util.Set;
import java.util.function.Consumer;

/** Why the roster scores as it does: each rule with its cost and matches; choosing a match highlights its seats. */
class WhyPanel extends Div {

    /** More matches than this per rule are summed up, not listed: the panel must stay usable. */
    static final int MAX_MATCHES = 50;

    WhyPanel(ScoreAnalysis analysis, Consumer<Set<SeatRef>> highlight) {
        setId("planner-why");
        addClassName("sw-panel");
        add(new H3(getTranslation("roster.planner.why.title")));
        add(new Div(new Span(getTranslation("roster.planner.score") + ": " + RuleNames.score(this, analysis.score()))));
        if (analysis.rules().isEmpty()) {
            add(new Div(new Span(getTranslation("roster.planner.why.none"))));
        }
        for (ScoreAnalysis.RuleCost rule : analysis.rules()) {
            Div matches = new Div();
            rule.matches().stream().limit(MAX_MATCHES).forEach(match -> {
                Span line = new Span(describe(match) + " (" + RuleNames.cost(this, match.score()) + ")");
                line.addClassName("sw-match");
                line.addClickListener(e -> {
                    getChildren().forEach(c -> c.getElement().getClassList().remove("sw-match--chosen"));
                    matches.getChildren().forEach(c -> c.getElement().getClassList().remove("sw-match--chosen"));
                    line.addClassName("sw-match--chosen");
                    highlight.accept(Set.copyOf(match.seats()));
                });
                matches.add(new Div(line));
            });
            if (rule.matches().size() > MAX_MATCHES) {
                matches.add(new Div(new Span(getTranslation("roster.planner.why.more", rule.matches().size() - MAX_MATCHES))));
            }
            Span summary = new Span(RuleNames.rule(this, rule.rule()) + " · " + RuleNames.cost(this, rule.score()) + " · "
                    + getTranslation("roster.planner.why.matches", rule.matches().size()));
            summary.addClassName("sw-rule--" + rule.rule().level().name().toLowerCase(java.util.Locale.ROOT));
            add(new Details(summary, matches));
        }
    }

    /** Where and who, then each figure in words: "王芳 (V0001) ..., 间隔 120 分钟, 需休息 600 分钟". */
    private String describe(ScoreAnalysis.Match match) {
        StringBuilder text = new StringBuilder(match.text());
        for (ScoreAnalysis.Fact fact : match.facts()) {
            String value = "skill".equals(fact.name()) ? RuleNames.skill(this, fact.value()) : fact.value();
            text.append(text.isEmpty() ? "" : getTranslation("editing.list-separator"))
                    .append(RuleNames.fact(this, fact.name(), value));
        }
        return text.toString();
    }
}
