package org.shouwang.durability;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@code durability} command was asked to do.
 *
 * @param rounds       how often the app is killed and restarted
 * @param database     which database the app runs on
 * @param dbUrl        PostgreSQL only: the JDBC URL of an empty database
 * @param dbUser       PostgreSQL only: its login role
 * @param dbPassword   PostgreSQL only: its password
 * @param jar          the app's jar; empty for the jar the command runs from
 * @param dataDir      the app's data folder (the H2 file, the app's logs); empty for a fresh temporary one
 * @param port         the app's HTTP port; 0 for a free one
 * @param seed         the random choices: which seats, which edits, when the kill comes
 * @param seats        how many seats are edited
 * @param clients      how many edits are sent at once
 * @param burst        the kill comes at a random moment between a tenth of this and this after the edits start
 * @param startTimeout the longest a start of the app may take
 */
public record DurabilityOptions(int rounds, Database database, String dbUrl, String dbUser, String dbPassword,
                                Optional<Path> jar, Optional<Path> dataDir, int port, long seed, int seats,
                                int clients, Duration burst, Duration startTimeout) {

    /** The databases the app runs on. */
    public enum Database {
        /** H2 in a file in the data folder, as the app runs by default. */
        H2,
        /** A PostgreSQL server's database, as a district runs it. */
        POSTGRES;

        String label() {
            return this == H2 ? "H2 (file)" : "PostgreSQL";
        }
    }

    static final String USAGE = """
            usage: durability [--rounds 50] [--db h2|postgres] [--db-url URL] [--db-user U] [--db-password P]
                              [--seed 1] [--seats 48] [--clients 4] [--burst 2500] [--port 0] [--jar FILE]
                              [--data-dir DIR] [--start-timeout 600] [--help]
              --rounds N        kill the app with SIGKILL and restart it N times
              --db h2           the app on H2 in a file of its data folder (default)
              --db postgres     the app on an empty PostgreSQL database: --db-url jdbc:postgresql://host:5432/db,
                                --db-user, --db-password (default: SHOUWANG_DB_URL, SHOUWANG_DB_USER and
                                SHOUWANG_DB_PASSWORD); the run leaves the demo data in it
              --seed S          the random choices: which seats, which edits, when the kill comes
              --seats N         how many seats of the published week are edited
              --clients N       how many edits are sent at once
              --burst MS        the kill comes at a random moment between MS/10 and MS after the edits start
              --port P          the app's HTTP port (default: a free one)
              --jar FILE        the app's jar (default: the jar this command runs from)
              --data-dir DIR    the app's data folder, new or empty (default: a fresh temporary folder,
                                removed after a run that lost nothing)
              --start-timeout S the longest one start of the app may take (a crowded machine needs minutes)""";

    public DurabilityOptions {
        if (rounds < 1) {
            throw new IllegalArgumentException("--rounds must be at least 1");
        }
        if (seats < 1 || clients < 1) {
            throw new IllegalArgumentException("--seats and --clients must be at least 1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535");
        }
        if (burst.toMillis() < 10) {
            throw new IllegalArgumentException("--burst must be 10 ms at least");
        }
        if (startTimeout.isZero() || startTimeout.isNegative()) {
            throw new IllegalArgumentException("--start-timeout must be positive");
        }
        if (database == Database.POSTGRES && (dbUrl == null || !dbUrl.startsWith("jdbc:postgresql:"))) {
            throw new IllegalArgumentException("--db postgres needs --db-url jdbc:postgresql://host:port/database "
                    + "(or SHOUWANG_DB_URL)");
        }
    }

    /** The options of a command line (after the word {@code durability}), defaults from the environment. */
    public static DurabilityOptions parse(Map<String, String> environment, String... args) {
        int rounds = 50;
        Database database = Database.H2;
        String dbUrl = environment.get("SHOUWANG_DB_URL");
        String dbUser = environment.getOrDefault("SHOUWANG_DB_USER", "");
        String dbPassword = environment.getOrDefault("SHOUWANG_DB_PASSWORD", "");
        Path jar = null;
        Path dataDir = null;
        int port = 0;
        long seed = 1;
        int seats = 48;
        int clients = 4;
        Duration burst = Duration.ofMillis(2500);
        Duration startTimeout = Duration.ofSeconds(600);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 == args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                        : "unknown option " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--rounds" -> rounds = number(option, value);
                case "--db" -> database = switch (value.toLowerCase(Locale.ROOT)) {
                    case "h2" -> Database.H2;
                    case "postgres", "postgresql" -> Database.POSTGRES;
                    default -> throw new IllegalArgumentException("--db is h2 or postgres, not " + value);
                };
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                case "--jar" -> jar = Path.of(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--port" -> port = number(option, value);
                case "--seed" -> seed = number(option, value);
                case "--seats" -> seats = number(option, value);
                case "--clients" -> clients = number(option, value);
                case "--burst" -> burst = Duration.ofMillis(number(option, value));
                case "--start-timeout" -> startTimeout = Duration.ofSeconds(number(option, value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new DurabilityOptions(rounds, database, dbUrl, dbUser, dbPassword, Optional.ofNullable(jar),
                Optional.ofNullable(dataDir), port, seed, seats, clients, burst, startTimeout);
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value);
        }
    }
}
