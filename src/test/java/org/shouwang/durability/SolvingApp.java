package org.shouwang.durability;

import org.shouwang.ShouwangApplication;
import org.shouwang.base.SystemAccess;
import org.shouwang.planning.RosterSolverService;
import org.shouwang.roster.RosterService;
import org.shouwang.roster.RosterWindow;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The app as {@link DurabilityTest} starts it, a child process from the test classpath: the real app,
 * which at every start prints the draft roster of the second demo community (the benchmark edits only the
 * first), and with {@code -Ddurability.solve=true} then opens a week of it four weeks on (empty seats) and
 * solves it, printing the draft just before and a line once the solver has a roster. The test kills the
 * process while that solve runs, and compares the draft after the restart with the one before the solve.
 */
public final class SolvingApp {

    static final long COMMUNITY = 2;
    /** Printed at every start, with the draft. */
    static final String DRAFT = "durability-test draft: ";
    /** Printed just before the solve starts, with the draft. */
    static final String BEFORE_SOLVE = "durability-test draft before the solve: ";
    /** Printed once the solver holds a roster that is not the draft. */
    static final String SOLVING = "durability-test solving";
    /** Printed if the solve ends (it must not before the kill). */
    static final String ENDED = "durability-test solve ended";

    private SolvingApp() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext app = SpringApplication.run(ShouwangApplication.class, args);
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        System.out.println(DRAFT + draft(jdbc));
        if (!Boolean.getBoolean("durability.solve")) {
            return;
        }
        RosterService rosters = app.getBean(RosterService.class);
        RosterSolverService solver = app.getBean(RosterSolverService.class);
        LocalDate from = LocalDate.now(app.getBean(Clock.class)).plusWeeks(4);
        app.getBean(SystemAccess.class).asSystem(() -> {
            RosterWindow window = rosters.open(COMMUNITY, from, from.plusDays(6)).orElseThrow();
            System.out.println(BEFORE_SOLVE + draft(jdbc));
            AtomicBoolean told = new AtomicBoolean();
            return solver.start(window, progress -> {
                if (progress.state() != RosterSolverService.State.SOLVING) {
                    System.out.println(ENDED + " " + progress.state());
                } else if (progress.filled() > 0 && told.compareAndSet(false, true)) {
                    System.out.println(SOLVING + " (" + progress.filled() + " of " + progress.seats() + " seats filled)");
                }
            });
        });
    }

    /** The community's draft: its seats, those filled, and a digest of every seat's volunteer and version. */
    static String draft(JdbcTemplate jdbc) {
        List<String> rows = jdbc.query("""
                        select a.id, a.volunteer_id, a.version from assignment a join roster r on r.id = a.roster_id
                        where r.community_id = ? order by a.id""",
                (row, n) -> row.getLong(1) + ":" + row.getObject(2) + ":" + row.getInt(3), COMMUNITY);
        long filled = rows.stream().filter(row -> !row.contains(":null:")).count();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(",", rows).getBytes(StandardCharsets.UTF_8));
            return rows.size() + " seats, " + filled + " filled, " + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
