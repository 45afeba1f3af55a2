package org.shouwang.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.base.Translations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The API's refusals as RFC 7807 problem documents ({@code application/problem+json}): the status, its
 * reason phrase as {@code title}, and a {@code detail} sentence in the language the request asks for
 * ({@code Accept-Language}: Chinese unless English is preferred). Used by the controllers' advice and by
 * the security filters, which answer before any controller runs.
 */
@Component
public class ApiProblems {

    private final Translations translations;
    private final ObjectMapper json;

    public ApiProblems(Translations translations, ObjectMapper json) {
        this.translations = translations;
        this.json = json;
    }

    /**
     * The language of the answer: the first of the request's {@code Accept-Language} ranges that the app
     * speaks, Chinese when none is (or the header is absent or malformed).
     */
    public static Locale language(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            return Translations.CHINESE;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(header), Translations.LOCALES);
            return found == null ? Translations.CHINESE : found;
        } catch (IllegalArgumentException malformed) {
            return Translations.CHINESE;
        }
    }

    /** A translated sentence in the request's language. */
    public String text(HttpServletRequest request, String key, Object... args) {
        return translations.getTranslation(key, language(request), args);
    }

    /** A problem whose detail is the translated sentence of {@code key}. */
    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String key, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text(request, key, args));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** Writes a problem as the whole answer: for filters, which have no message converters. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
                      Object... args) throws IOException {
        write(response, problem(request, status, key, args));
    }

    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    /** One problem of a request's input: where ({@code volunteers[12].phone}, a parameter's name) and what. */
    public record InputProblem(String path, String message, int sameCause) {
    }

    /** The 400 answer to bad input: the problems, each with its path. */
    ProblemDetail badInput(HttpServletRequest request, List<InputProblem> problems, int more) {
        ProblemDetail problem = problem(request, HttpStatus.BAD_REQUEST, "api.problem.bad-input", problems.size() + more);
        problem.setProperty("problems", problems);
        if (more > 0) {
            problem.setProperty("more", more);
        }
        return problem;
    }
}
