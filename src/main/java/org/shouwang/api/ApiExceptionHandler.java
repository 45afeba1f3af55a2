package org.shouwang.api;

import jakarta.servlet.http.HttpServletRequest;
import org.shouwang.base.Translations;
import org.shouwang.base.UploadLimit;
import org.shouwang.exchange.ProblemCauses;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.roster.SeatConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The API's refusals, each a problem document ({@link ApiProblems}). Bad input lists every problem with
 * its path, as an import does; a refusal that would tell whether something of another community exists
 * is "not found".
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** A refusal whose message is a translation key, as the services give them (see base.ui.Feedback). */
    private static final Pattern KEY = Pattern.compile("[a-z]+\\.error\\.[a-z-]+");

    private final ApiProblems problems;
    private final Translations translations;
    private final UploadLimit uploadLimit;

    ApiExceptionHandler(ApiProblems problems, Translations translations, UploadLimit uploadLimit) {
        this.problems = problems;
        this.translations = translations;
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(PlanFormatException.class)
    ResponseEntity<ProblemDetail> badDocument(PlanFormatException e, HttpServletRequest request) {
        PlanFormatException.Translator translator = translator(request);
        ProblemCauses causes = ProblemCauses.of(e.problems());
        List<ApiProblems.InputProblem> listed = causes.shown().stream()
                .map(c -> new ApiProblems.InputProblem(c.first().path(), c.first().sentence(translator), c.others()))
                .toList();
        return answer(problems.badInput(request, listed, causes.more()));
    }

    @ExceptionHandler(ApiInputException.class)
    ResponseEntity<ProblemDetail> badInput(ApiInputException e, HttpServletRequest request) {
        PlanFormatException.Translator translator = translator(request);
        List<ApiProblems.InputProblem> listed = e.issues().stream()
                .map(i -> new ApiProblems.InputProblem(i.path(), i.sentence().apply(translator), 0)).toList();
        return answer(problems.badInput(request, listed, 0));
    }

    /**
     * Not found: what the address names does not exist, is of another community, or a service refused the
     * caller (the token's community is all it may reach, so a refusal means "not yours").
     */
    @ExceptionHandler({ApiNotFoundException.class, AccessDeniedException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        log.debug("API {} {}: not found ({})", request.getMethod(), request.getRequestURI(), e.getMessage());
        return answer(problems.problem(request, HttpStatus.NOT_FOUND, "api.problem.not-found"));
    }

    @ExceptionHandler(SeatConflictException.class)
    ResponseEntity<ProblemDetail> stale(SeatConflictException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.PRECONDITION_FAILED, "api.problem.stale"));
    }

    @ExceptionHandler(SeatApiController.IfMatchMissingException.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(RuntimeException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.PRECONDITION_REQUIRED, "api.problem.if-match-missing"));
    }

    /** A body longer than the limit, found while reading it (one that says its length is refused earlier). */
    @ExceptionHandler(java.io.UncheckedIOException.class)
    ResponseEntity<ProblemDetail> unreadable(java.io.UncheckedIOException e, HttpServletRequest request) {
        if (e.getCause() instanceof ApiBodyLimitFilter.BodyTooLargeException) {
            return answer(problems.problem(request, HttpStatus.PAYLOAD_TOO_LARGE, "api.problem.too-large",
                    uploadLimit.shown()));
        }
        return unexpected(e, request);
    }

    /** Someone changed the data while an import ran. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict(RuntimeException e, HttpServletRequest request) {
        return answer(problems.problem(request, HttpStatus.CONFLICT, "api.problem.conflict"));
    }

    /** A service's refusal with a translation key as its message (e.g. a volunteer who cannot be removed). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> refused(IllegalArgumentException e, HttpServletRequest request) {
        if (e.getMessage() != null && KEY.matcher(e.getMessage()).matches()) {
            return answer(problems.problem(request, HttpStatus.CONFLICT, "api.problem.refused",
                    problems.text(request, e.getMessage())));
        }
        return unexpected(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("API {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return answer(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "api.problem.unexpected"));
    }

    private PlanFormatException.Translator translator(HttpServletRequest request) {
        java.util.Locale locale = ApiProblems.language(request);
        return (key, args) -> translations.getTranslation(key, locale, args);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
