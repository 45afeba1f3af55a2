package org.shouwang.exchange;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanJson;
import org.shouwang.solver.PlanSolver;
import org.shouwang.solver.Progress;
import org.shouwang.solver.RosterWeights;
import org.shouwang.solver.SolveOptions;
import org.shouwang.solver.SolveOutcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The {@code solve} command: reads a plan document, solves it, writes the roster.
 * <pre>solve --in problem.json --out roster.json [--seconds N]</pre>
 * Plain Java: it starts neither Spring nor the web server. Progress goes to standard error; the
 * soft weights are {@link RosterWeights#DEFAULT} (the format carries none).
 */
public final class SolveCommand {

    static final String USAGE = "usage: solve --in problem.json --out roster.json [--seconds N]";
    static final double DEFAULT_SECONDS = 30;

    private SolveCommand() {
    }

    /** Runs the command writing to the process's standard error. */
    public static int run(String[] args) {
        quietLogging();
        return run(args, System.err);
    }

    /**
     * @param args the arguments, with or without the leading {@code solve}
     * @return the process exit code: 0 when a roster was written (even an infeasible one), 2 for bad
     *         arguments or a bad document, 1 when the output cannot be written
     */
    public static int run(String[] args, PrintStream err) {
        return run(args, err, UnaryOperator.identity());
    }

    /**
     * As {@link #run(String[], PrintStream)}, with the solver's options adjusted: tests stop on a budget
     * of score calculations ({@link SolveOptions#withCalculationLimit}), which gives the same result on
     * a slow machine as on a fast one, where {@code --seconds} does not.
     */
    static int run(String[] args, PrintStream err, UnaryOperator<SolveOptions> adjust) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("solve: " + e.getMessage() + " (" + USAGE + ")");
            return 2;
        }
        PlanDocument problem;
        try (InputStream in = Files.newInputStream(arguments.in)) {
            problem = PlanJson.read(in);
        } catch (NoSuchFileException e) {
            err.println("solve: " + arguments.in + ": no such file");
            return 2;
        } catch (IOException e) {
            err.println("solve: cannot read " + arguments.in + ": " + e.getMessage());
            return 2;
        } catch (PlanFormatException e) {
            err.println("solve: " + arguments.in + ": " + oneLine(e.getMessage()));
            return 2;
        }
        err.printf(Locale.ROOT, "solve: %s, %d volunteers, solving for at most %s s%n",
                problem.community().name(), problem.volunteers().size(), seconds(arguments.limit));
        SolveOutcome outcome;
        try {
            outcome = new PlanSolver().solve(problem, adjust.apply(SolveOptions.of(arguments.limit)
                    .withProgress(progress -> err.println(describe(progress)))));
        } catch (IllegalArgumentException e) {
            err.println("solve: " + arguments.in + ": " + oneLine(e.getMessage()));
            return 2;
        }
        try (OutputStream out = Files.newOutputStream(arguments.out)) {
            PlanJson.write(outcome.document(), out);
        } catch (IOException e) {
            err.println("solve: cannot write " + arguments.out + ": " + e.getMessage());
            return 1;
        }
        PlanDocument.Summary summary = outcome.summary();
        err.printf(Locale.ROOT,
                "solve: wrote %s: %d of %d seats filled, %d forced and %d changed, %d hard-rule violations, score %s, %.1f s%s%n",
                arguments.out, summary.filled(), summary.seats(), summary.forced(), summary.changed(),
                summary.hardViolations(), summary.score(),
                summary.solveSeconds(), summary.hardViolations() > 0 ? " (infeasible)" : "");
        return 0;
    }

    private static String describe(Progress progress) {
        return String.format(Locale.ROOT, "  %6.1f s  best %s  filled %d/%d  forced %d  changed %d",
                progress.elapsed().toMillis() / 1000.0, progress.score(), progress.filled(), progress.seats(),
                progress.forced(), progress.changed());
    }

    private static String seconds(Duration limit) {
        return String.valueOf(limit.toMillis() / 1000.0).replaceAll("\\.0$", "");
    }

    private static String oneLine(String message) {
        return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * Without Spring, logging falls back to the library defaults (debug on the console): the command
     * keeps only warnings, unless a logging configuration was given explicitly.
     */
    private static void quietLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-solve.xml");
        }
    }

    /** The parsed command line. */
    private record Arguments(Path in, Path out, Duration limit) {

        static Arguments parse(String[] args) {
            Path in = null;
            Path out = null;
            Duration limit = Duration.ofMillis((long) (DEFAULT_SECONDS * 1000));
            int i = args.length > 0 && "solve".equals(args[0]) ? 1 : 0;
            for (; i < args.length; i++) {
                String option = args[i];
                if (!option.equals("--in") && !option.equals("--out") && !option.equals("--seconds")) {
                    throw new IllegalArgumentException("unknown option " + option);
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args[++i];
                switch (option) {
                    case "--in" -> in = Path.of(value);
                    case "--out" -> out = Path.of(value);
                    default -> limit = parseSeconds(value);
                }
            }
            if (in == null) {
                throw new IllegalArgumentException("missing --in");
            }
            if (out == null) {
                throw new IllegalArgumentException("missing --out");
            }
            return new Arguments(in, out, limit);
        }

        private static Duration parseSeconds(String value) {
            double seconds;
            try {
                seconds = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seconds must be a number, not " + value);
            }
            if (!(seconds > 0) || seconds > 86_400) {
                throw new IllegalArgumentException("--seconds must be between 0 and 86400, not " + value);
            }
            return Duration.ofMillis(Math.round(seconds * 1000));
        }
    }
}
