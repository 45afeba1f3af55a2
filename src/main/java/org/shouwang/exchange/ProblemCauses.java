package org.shouwang.exchange;

import org.shouwang.plan.PlanFormatException.Problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of a document once per cause, as an import reports them (the page and the HTTP API alike):
 * an unknown code used in twenty places is one entry that counts the others, so the real errors are not
 * buried under their follow-ons. The first {@value #SHOWN} causes, then how many more.
 *
 * @param shown the first causes, in document order
 * @param more  how many causes are not shown
 */
public record ProblemCauses(List<Cause> shown, int more) {

    /** How many causes a report shows. */
    public static final int SHOWN = 50;

    /**
     * One cause: its first problem and how many other places have the same problem (the same kind and
     * arguments).
     */
    public record Cause(Problem first, int others) {
    }

    public ProblemCauses {
        shown = List.copyOf(shown);
    }

    public static ProblemCauses of(List<Problem> problems) {
        Map<List<Object>, List<Problem>> byCause = new LinkedHashMap<>();
        for (Problem problem : problems) {
            List<Object> cause = new ArrayList<>();
            cause.add(problem.kind());
            cause.addAll(problem.args());
            byCause.computeIfAbsent(cause, c -> new ArrayList<>()).add(problem);
        }
        List<Cause> causes = byCause.values().stream().map(same -> new Cause(same.get(0), same.size() - 1)).toList();
        return new ProblemCauses(causes.subList(0, Math.min(SHOWN, causes.size())),
                Math.max(0, causes.size() - SHOWN));
    }
}
