package org.shouwang.load;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What the {@code load} command was asked to do.
 *
 * @param url         the app's address
 * @param users       how many volunteers make a journey
 * @param ramp        over how long the journeys start, evenly spread; zero for all at once (a burst)
 * @param password    the password of every volunteer, unless the users file gives one
 * @param newPassword the password to choose when the app asks for a change (a one-time password)
 * @param usersFile   who signs in: lines {@code username[,password]}; else the demo volunteers
 * @param rememberMe  tick "remember me" and come back with the cookie only, after the rest of the journey
 * @param backTogether come back remembered all at the same moment, once every journey is through (implies rememberMe)
 * @param calendar    issue a calendar link and fetch the .ics feed
 * @param timeout     the longest one request may take
 * @param language    the browsers' {@code Accept-Language}
 */
public record LoadOptions(URI url, int users, Duration ramp, String password, Optional<String> newPassword,
                          Optional<Path> usersFile, boolean rememberMe, boolean backTogether, boolean calendar, Duration timeout,
                          String language) {

    static final String USAGE = """
            usage: load [--url http://localhost:8080] [--users 300] [--ramp 60] [--password P] [--new-password Q]
                        [--users-file FILE] [--remember-me] [--back-together] [--no-calendar] [--timeout 120] [--language zh-CN]
              --ramp S          start the journeys evenly over S seconds; 0 starts them all at once (a burst)
              --password P      every volunteer's password (default: the demo password, shouwang-demo)
              --new-password Q  when the app asks for a new password (a one-time password), choose Q;
                                the next run then signs in with --password Q
              --users-file F    who signs in, one "username[,password]" a line (# starts a comment);
                                without it, the volunteers of the demo data (see BENCHMARKS.md)
              --remember-me     tick "remember me on this device", and end each journey by coming back
                                with that cookie only (no session, no password)
              --back-together   with remember-me: when every journey is through, all volunteers come back
                                with the cookie at the same moment (shift change), timed from that moment
              --no-calendar     leave out the calendar link and the .ics feed""";

    public LoadOptions {
        if (users < 1) {
            throw new IllegalArgumentException("--users must be at least 1");
        }
        if (ramp.isNegative()) {
            throw new IllegalArgumentException("--ramp must not be negative");
        }
        if (backTogether && !rememberMe) {
            throw new IllegalArgumentException("--back-together needs --remember-me");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--timeout must be positive");
        }
    }

    /** The options of a command line (after the word {@code load}). */
    public static LoadOptions parse(String... args) {
        URI url = URI.create("http://localhost:8080");
        int users = 300;
        Duration ramp = Duration.ofSeconds(60);
        String password = "shouwang-demo";
        String newPassword = null;
        Path usersFile = null;
        boolean rememberMe = false;
        boolean backTogether = false;
        boolean calendar = true;
        Duration timeout = Duration.ofSeconds(120);
        String language = "zh-CN";
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--remember-me" -> rememberMe = true;
                case "--back-together" -> {
                    rememberMe = true;
                    backTogether = true;
                }
                case "--no-calendar" -> calendar = false;
                case "--url", "--users", "--ramp", "--password", "--new-password", "--users-file", "--timeout",
                     "--language" -> {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(option + " needs a value");
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--url" -> url = URI.create(value);
                        case "--users" -> users = number(option, value);
                        case "--ramp" -> ramp = Duration.ofSeconds(number(option, value));
                        case "--password" -> password = value;
                        case "--new-password" -> newPassword = value;
                        case "--users-file" -> usersFile = Path.of(value);
                        case "--timeout" -> timeout = Duration.ofSeconds(number(option, value));
                        default -> language = value;
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("--url must be an http or https address: " + url);
        }
        return new LoadOptions(url, users, ramp, password, Optional.ofNullable(newPassword),
                Optional.ofNullable(usersFile), rememberMe, backTogether, calendar, timeout, language);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }
}
