package org.shouwang.plan;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A document that is not valid {@code shouwang-plan/1}. It lists every problem found, each with the
 * path of the field it is about ({@code volunteers[12].maxHoursPerWeek}), its {@link PlanProblem kind}
 * and the arguments of its sentence, so that a page can say it in the reader's language
 * ({@link Problem#describe}). The exception's own message is the English one, from the same bundle:
 * what the command line prints.
 */
public class PlanFormatException extends RuntimeException {

    /** Looks a translation key up and fills in its arguments, as Vaadin's {@code getTranslation} does. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    /** The English bundle ({@code i18n/plan_en.properties}) read without Spring or Vaadin. */
    public static final Translator ENGLISH = new Translator() {
        private final ResourceBundle bundle = ResourceBundle.getBundle("i18n.plan", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        @Override
        public String translate(String key, Object... args) {
            String pattern;
            try {
                pattern = bundle.getString(key);
            } catch (MissingResourceException e) {
                return "!" + key + "!";
            }
            // As the app's translations do: a pattern is a MessageFormat only when it has arguments.
            return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(args);
        }
    };

    /**
     * One problem: the path of the field ({@code ""} for the document itself), what is wrong, and the
     * values the sentence names. Arguments are strings written as in the file (codes, numbers, dates),
     * which read the same in every language, or {@link PlanProblem.JsonType}s, which are translated.
     */
    public record Problem(String path, PlanProblem kind, List<Object> args) {

        public Problem {
            args = List.copyOf(args);
        }

        public Problem(String path, PlanProblem kind, Object... args) {
            this(path, kind, Arrays.asList(args));
        }

        /** "path: sentence" in the language of the translator. */
        public String describe(Translator translator) {
            String sentence = sentence(translator);
            return path.isEmpty() ? sentence : path + ": " + sentence;
        }

        /** What is wrong, without the path, in the language of the translator. */
        public String sentence(Translator translator) {
            Object[] shown = args.stream()
                    .map(a -> a instanceof PlanProblem.JsonType type ? translator.translate(type.key()) : a)
                    .toArray();
            return translator.translate(kind.key(), shown);
        }

        @Override
        public String toString() {
            return describe(ENGLISH);
        }
    }

    private final transient List<Problem> problems;

    public PlanFormatException(Problem problem) {
        this(List.of(problem));
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
        return problems.size() == 1 ? first
                : first + " " + ENGLISH.translate("plan.problem.more", String.valueOf(problems.size() - 1));
    }
}
