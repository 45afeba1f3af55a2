package org.shouwang.plan;

import java.util.List;

/**
 * A document that is not valid {@code shouwang-plan/1}. It lists every problem found, each with the
 * path of the field it is about ({@code volunteers[12].maxHoursPerWeek}); the message names the first.
 */
public class PlanFormatException extends RuntimeException {

    /** One problem: the path of the field ({@code ""} for the document itself) and what is wrong. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    public PlanFormatException(String path, String message) {
        this(List.of(new Problem(path, message)));
    }

    public PlanFormatException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** The path of the first problem. */
    public String path() {
        return problems.get(0).path();
    }

    /** Every problem found, in document order as far as possible. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a format error needs at least one problem");
        }
        String first = problems.get(0).toString();
        return problems.size() == 1 ? first : first + " (and " + (problems.size() - 1) + " more problems)";
    }
}
