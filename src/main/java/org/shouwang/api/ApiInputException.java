package org.shouwang.api;

import org.shouwang.plan.PlanFormatException;

import java.util.List;
import java.util.function.Function;

/**
 * Bad input to the API that is not a plan document's (a date parameter, a seat edit's body): answered
 * 400 with the same problem list as a document's problems.
 */
class ApiInputException extends RuntimeException {

    /** One problem: where, and what in the caller's language. */
    record Issue(String path, Function<PlanFormatException.Translator, String> sentence) {

        /** A problem said by a sentence of the API's own. */
        static Issue of(String path, String key, Object... args) {
            return new Issue(path, translator -> translator.translate(key, args));
        }

        /** A problem of the kinds a plan document can have (so it reads as an import's would). */
        static Issue of(PlanFormatException.Problem problem) {
            return new Issue(problem.path(), problem::sentence);
        }
    }

    private final transient List<Issue> issues;

    ApiInputException(List<Issue> issues) {
        super("Bad input at " + issues.stream().map(Issue::path).toList());
        this.issues = List.copyOf(issues);
    }

    ApiInputException(Issue issue) {
        this(List.of(issue));
    }

    List<Issue> issues() {
        return issues;
    }
}
