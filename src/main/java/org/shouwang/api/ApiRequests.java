package org.shouwang.api;

import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.base.CurrentUser;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** What every API endpoint checks of its request: the community in the address, dates, the body. */
final class ApiRequests {

    /** The longest date range one read covers: a quarter keeps an answer to a few MB for a large community. */
    static final int MAX_DAYS = 92;

    private ApiRequests() {
    }

    /**
     * The community of the address, when it is the token's; otherwise not found (not "forbidden"), so
     * that a token does not tell which other communities exist.
     */
    static long community(CurrentUser caller, long communityId) {
        if (caller.communityId().filter(id -> id == communityId).isEmpty()) {
            throw new ApiNotFoundException("No community " + communityId + " for this token");
        }
        return communityId;
    }

    /** A date range, both ends included. */
    record Range(LocalDate from, LocalDate to) {
        long days() {
            return ChronoUnit.DAYS.between(from, to) + 1;
        }
    }

    /**
     * A date range from two query parameters, each {@code yyyy-MM-dd}. Without {@code defaults} both are
     * required; with them an absent {@code from} is the default's, and an absent {@code to} makes the range
     * as long as the default's.
     *
     * @throws ApiInputException naming each bad parameter, or a range that ends before it starts or is
     *                           longer than {@value #MAX_DAYS} days
     */
    static Range range(String from, String to, Range defaults) {
        List<ApiInputException.Issue> issues = new ArrayList<>();
        LocalDate first = date("from", from, defaults == null, issues);
        LocalDate last = date("to", to, defaults == null, issues);
        if (!issues.isEmpty()) {
            throw new ApiInputException(issues);
        }
        first = first == null ? defaults.from() : first;
        last = last == null ? first.plusDays(defaults.days() - 1) : last;
        Range range = new Range(first, last);
        if (last.isBefore(first)) {
            throw new ApiInputException(ApiInputException.Issue.of(new PlanFormatException.Problem("to",
                    PlanProblem.ENDS_BEFORE_START, last.toString(), first.toString())));
        }
        if (range.days() > MAX_DAYS) {
            throw new ApiInputException(ApiInputException.Issue.of("to", "api.problem.range-too-long", range.days(),
                    MAX_DAYS));
        }
        return range;
    }

    /** A date parameter; {@code null} when it is absent or malformed (then {@code issues} says so). */
    private static LocalDate date(String name, String value, boolean required, List<ApiInputException.Issue> issues) {
        if (value == null || value.isEmpty()) {
            if (required) {
                issues.add(ApiInputException.Issue.of(name, "api.problem.missing-date"));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            issues.add(ApiInputException.Issue.of(new PlanFormatException.Problem(name,
                    PlanProblem.MALFORMED_DATE, value)));
            return null;
        }
    }

    /**
     * The request's body. Its size is limited by the filter chain ({@link ApiBodyLimitFilter}), whose
     * {@link ApiBodyLimitFilter.BodyTooLargeException} passes through as the cause of an unchecked one.
     */
    static byte[] body(HttpServletRequest request) {
        try {
            return request.getInputStream().readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
