package org.shouwang.solver;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.solver.check.RosterChecker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.anyone;
import static org.shouwang.plan.PlanBuilder.plan;
import static org.shouwang.plan.PlanBuilder.withLeave;

/**
 * The cover chains alone, on re-plans made by hand: which empty seats a chain of at most three steps
 * fills, and which it leaves empty. Each gate has one seat a day from 07:00 to 11:00 needing its own
 * skill (gate Cn needs Kn), so a volunteer's skills say exactly which seats they can take, and nobody
 * can hold two seats of one morning.
 */
class CoverChainsTest {

    private static final String MONDAY = "2020-02-03T07:00";

    /**
     * A ladder of {@code links} volunteers: the seat at C0 was SICK's, who is sick on Monday; volunteer Vi
     * holds Ci and also has the skill of C(i-1); F, who is free, has only the skill of the last gate. The
     * seat at C0 is filled only by moving everyone one gate down: {@code links + 1} steps.
     */
    private static PlanBuilder ladder(int links) {
        PlanBuilder plan = plan().horizon("2020-02-03", "2020-02-03");
        for (int i = 0; i <= links; i++) {
            plan.compound("C" + i).demand("C" + i + "-G", "07:00", "11:00", 1, "K" + i);
        }
        plan.volunteer(withLeave(anyone("SICK", "C0", "K0"), "2020-02-03T00:00", "2020-02-04T00:00"))
                .assign("C0-G", MONDAY, 0, "SICK", false);
        for (int i = 1; i <= links; i++) {
            plan.volunteer(anyone("V" + i, "C" + i, "K" + (i - 1), "K" + i)).assign("C" + i + "-G", MONDAY, 0, "V" + i, false);
        }
        return plan.volunteer(anyone("F", "C" + links, "K" + links));
    }

    @Test
    void a_forced_seat_that_only_a_two_step_chain_can_fill_is_filled_by_it() {
        Map<String, String> roster = holders(chains(ladder(1).build()));

        assertThat(roster).isEqualTo(Map.of("C0", "V1", "C1", "F"));
    }

    @Test
    void a_forced_seat_that_needs_three_steps_is_filled_by_them() {
        Map<String, String> roster = holders(chains(ladder(2).build()));

        assertThat(roster).isEqualTo(Map.of("C0", "V1", "C1", "V2", "C2", "F"));
    }

    @Test
    void a_forced_seat_that_needs_four_steps_stays_empty_and_nobody_moves() {
        Map<String, String> roster = holders(chains(ladder(3).build()));

        assertThat(roster).isEqualTo(Map.of("C0", "-", "C1", "V1", "C2", "V2", "C3", "V3"));
    }

    @Test
    void a_volunteer_may_leave_both_seats_of_a_date_to_keep_the_limit_of_consecutive_dates() {
        // One date in a row at most. A holds both Tuesday seats at C1 (07:00 and 11:00); Monday's seat at C0,
        // SICK's, needs K0, which only A has. A can take it only by leaving Tuesday whole; F and G, who are
        // free, take A's two seats: three steps.
        PlanDocument input = plan().horizon("2020-02-03", "2020-02-04").rules(10, 8, 1)
                .compound("C0").demand("C0-G", List.of(java.time.DayOfWeek.MONDAY), "07:00", "11:00", 1)
                .compound("C1")
                .demand("C1-G", List.of(java.time.DayOfWeek.TUESDAY), "07:00", "11:00", 1)
                .demand("C1-G", List.of(java.time.DayOfWeek.TUESDAY), "11:00", "15:00", 1)
                .volunteer(withLeave(anyone("SICK", "C0"), "2020-02-03T00:00", "2020-02-05T00:00"))
                .volunteer(anyone("A", "C0"))
                .volunteer(PlanBuilder.onlyHome(anyone("F", "C1")))
                .volunteer(PlanBuilder.onlyHome(anyone("G", "C1")))
                .assign("C0-G", MONDAY, 0, "SICK", false)
                .assign("C1-G", "2020-02-04T07:00", 0, "A", false)
                .assign("C1-G", "2020-02-04T11:00", 0, "A", false)
                .build();
        // F and G may not serve C0 (home-only at C1): without A, Monday's seat has nobody.

        RosterSolution solved = chains(input);

        assertThat(holder(solved, "C0-G", "2020-02-03T07:00")).isEqualTo("A");
        assertThat(holder(solved, "C1-G", "2020-02-04T07:00")).isIn("F", "G");
        assertThat(holder(solved, "C1-G", "2020-02-04T11:00")).isIn("F", "G");
        assertThat(new RosterChecker().check(input, output(input, solved))).isEmpty();
    }

    @Test
    void a_chain_moves_a_volunteer_this_re_plan_placed_before_one_who_holds_their_given_seat() {
        // Gates C0, C1, C2. C0 was SICK's and needs K0. V1 holds C1, its given seat. C2 was OTHER's, also
        // sick, and construction has put P there. Both V1 and P have K0; F, free, can take C1 or C2. The
        // chain that moves P (P to C0, F to C2) changes no given seat; the one that moves V1 would.
        PlanDocument input = plan().horizon("2020-02-03", "2020-02-03")
                .compound("C0").demand("C0-G", "07:00", "11:00", 1, "K0")
                .compound("C1").demand("C1-G", "07:00", "11:00", 1, "K1")
                .compound("C2").demand("C2-G", "07:00", "11:00", 1, "K2")
                .volunteer(withLeave(anyone("SICK", "C0", "K0"), "2020-02-03T00:00", "2020-02-04T00:00"))
                .volunteer(withLeave(anyone("OTHER", "C2", "K2"), "2020-02-03T00:00", "2020-02-04T00:00"))
                .volunteer(anyone("V1", "C1", "K0", "K1"))
                .volunteer(anyone("P", "C2", "K0", "K2"))
                .volunteer(anyone("F", "C1", "K1", "K2"))
                .assign("C0-G", MONDAY, 0, "SICK", false)
                .assign("C1-G", MONDAY, 0, "V1", false)
                .assign("C2-G", MONDAY, 0, "OTHER", false)
                .build();
        RosterSolution start = RosterModel.startingPoint(input, RosterWeights.DEFAULT);
        seat(start, "C2-G").setPerson(person(start, "P"));

        Map<String, String> roster = holders(chains(start));

        assertThat(roster).isEqualTo(Map.of("C0", "P", "C1", "V1", "C2", "F"));
    }

    @Test
    void a_seat_empty_before_is_filled_by_a_chain_only_while_the_sickness_left_the_roster_emptier() {
        // C0 had nobody in the given roster; V1 could take it if F took C1 (two steps). With nobody sick,
        // that would move V1 to fill a seat the given roster never filled: not a re-plan's business.
        PlanBuilder nobodySick = plan().horizon("2020-02-03", "2020-02-03")
                .compound("C0").demand("C0-G", "07:00", "11:00", 1, "K0")
                .compound("C1").demand("C1-G", "07:00", "11:00", 1, "K1")
                .volunteer(anyone("V1", "C1", "K0", "K1"))
                .volunteer(anyone("F", "C1", "K1"))
                .assign("C1-G", MONDAY, 0, "V1", false);

        assertThat(holders(chains(nobodySick.build()))).isEqualTo(Map.of("C0", "-", "C1", "V1"));

        // SICK held C9's seat, which needs a skill nobody else has: it stays empty. The chain then fills
        // C0 instead, so the roster fills as many seats as before the sickness.
        PlanDocument oneSick = nobodySick.compound("C9").demand("C9-G", "07:00", "11:00", 1, "K9")
                .volunteer(withLeave(anyone("SICK", "C9", "K9"), "2020-02-03T00:00", "2020-02-04T00:00"))
                .assign("C9-G", MONDAY, 0, "SICK", false)
                .build();

        assertThat(holders(chains(oneSick))).isEqualTo(Map.of("C0", "V1", "C1", "F", "C9", "-"));
    }

    /** The re-plan's starting point after the cover chains, and nothing else. */
    private static RosterSolution chains(PlanDocument input) {
        return chains(RosterModel.startingPoint(input, RosterWeights.DEFAULT));
    }

    private static RosterSolution chains(RosterSolution start) {
        SolverConfig config = PlanSolver.config();
        config.setPhaseConfigList(List.of(new CustomPhaseConfig().withCustomPhaseCommands(CoverChains.perSolve())));
        return SolverFactory.<RosterSolution>create(config).buildSolver().solve(start);
    }

    /** Compound → holder of its gate's (first) seat, "-" for none, in gate order. */
    private static Map<String, String> holders(RosterSolution solution) {
        Map<String, String> holders = new LinkedHashMap<>();
        for (Seat seat : solution.getSeats()) {
            holders.put(seat.getShift().getCompound(), seat.getPerson() == null ? "-" : seat.getPerson().getCode());
        }
        return holders;
    }

    private static String holder(RosterSolution solution, String post, String start) {
        Seat seat = solution.getSeats().stream().filter(s -> s.getShift().getPost().equals(post)
                && s.getShift().getStartTime().toString().equals(start)).findFirst().orElseThrow();
        return seat.getPerson() == null ? null : seat.getPerson().getCode();
    }

    private static Seat seat(RosterSolution solution, String post) {
        return solution.getSeats().stream().filter(s -> s.getShift().getPost().equals(post)).findFirst().orElseThrow();
    }

    private static Person person(RosterSolution solution, String code) {
        return solution.getPeople().stream().filter(p -> p.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static PlanDocument output(PlanDocument input, RosterSolution solution) {
        return input.withAssignments(RosterModel.assignments(solution), null);
    }
}
