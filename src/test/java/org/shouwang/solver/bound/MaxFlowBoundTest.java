package org.shouwang.solver.bound;

import org.junit.jupiter.api.Test;
import org.shouwang.plan.PlanBuilder;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.solver.baseline.GreedyRoster;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shouwang.plan.PlanBuilder.onlyHome;
import static org.shouwang.plan.PlanBuilder.person;
import static org.shouwang.plan.PlanBuilder.window;
import static org.shouwang.plan.PlanBuilder.withAvailable;
import static org.shouwang.plan.PlanBuilder.withLeave;

class MaxFlowBoundTest {

    @Test
    void a_volunteer_fills_one_seat_of_a_shift_however_many_it_has() {
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(1).demand("A-G", "07:00", "11:00", 3)
                .volunteer(person("V1", 40)).volunteer(person("V2", 40)).build())).isEqualTo(2);
    }

    @Test
    void daily_hours_limit_the_seats_of_one_date() {
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(1).rules(0, 8, 7)
                .demand("A-G", "07:00", "11:00", 1).demand("A-G", "11:00", "15:00", 1)
                .demand("A-G", "15:00", "19:00", 1).volunteer(person("V1", 40)).build())).isEqualTo(2);
    }

    @Test
    void weekly_hours_are_counted_per_monday_to_sunday_week_and_rounded_down_to_whole_shifts() {
        // 4-hour shifts for 8 days, 18 hours a week: 4 shifts in week one, 1 on the second Monday.
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(8).demand("A-G", "07:00", "11:00", 1)
                .volunteer(person("V1", 18)).build())).isEqualTo(5);
    }

    @Test
    void skilled_seats_need_a_volunteer_with_the_skill() {
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(1).demand("A-G", "07:00", "11:00", 2, "LEAD")
                .demand("B-G", "07:00", "11:00", 1, "LEAD")
                .volunteer(person("V1", 40)).volunteer(person("V2", 40)).volunteer(person("V3", 40, "LEAD"))
                .build())).isEqualTo(2);
    }

    @Test
    void availability_leave_and_home_only_rule_volunteers_out() {
        PlanDocument problem = PlanBuilder.twoGates(1).demand("A-G", "07:00", "11:00", 1)
                .demand("A-G", "11:00", "15:00", 1).demand("B-G", "15:00", "19:00", 1)
                .volunteer(withAvailable(person("V1", 40), window("06:00", "12:00", DayOfWeek.MONDAY)))
                .volunteer(withLeave(person("V2", 40), "2020-02-03T00:00", "2020-02-03T11:01"))
                .volunteer(onlyHome(person("V3", 40), "A"))
                .build();
        // V1 only 07-11, V2 only 15-19 (after leave... 11-15 overlaps it), V3 only A: 07-11 or 11-15.
        assertThat(MaxFlowBound.of(problem)).isEqualTo(3);
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(1).demand("B-G", "07:00", "11:00", 1)
                .volunteer(onlyHome(person("V3", 40), "A"))
                .volunteer(withLeave(person("V2", 40), "2020-02-03T10:00", "2020-02-03T10:30")).build())).isZero();
    }

    @Test
    void with_shifts_of_different_lengths_short_seats_count_first() {
        // 8 hours a day: two 4-hour seats, not the 8-hour one; a night shift counts on its start date.
        assertThat(MaxFlowBound.of(PlanBuilder.twoGates(1).rules(0, 8, 7)
                .demand("A-G", "07:00", "15:00", 1).demand("B-G", "15:00", "19:00", 1)
                .demand("B-G", "19:00", "23:00", 1).demand("A-G", "23:00", "07:00", 1)
                .volunteer(person("V1", 40)).build())).isEqualTo(2);
    }

    @Test
    void never_less_than_what_the_greedy_baseline_fills_on_random_problems() {
        Random random = new Random(7);
        for (int round = 0; round < 40; round++) {
            PlanDocument problem = randomProblem(random);
            long filled = GreedyRoster.solve(problem).assignments().stream()
                    .map(AssignmentDef::volunteer).filter(Objects::nonNull).count();
            assertThat(MaxFlowBound.of(problem)).as("round %d", round).isGreaterThanOrEqualTo((int) filled);
        }
    }

    private static PlanDocument randomProblem(Random random) {
        PlanBuilder problem = PlanBuilder.twoGates(1 + random.nextInt(9))
                .rules(random.nextInt(12), 4 + random.nextInt(9), 2 + random.nextInt(5));
        // A seat is named by post, start and number, so a post has at most one shift starting at a time.
        String[] starts = {"07:00", "11:00", "15:00", "19:00", "23:00"};
        for (String post : List.of("A-G", "B-G")) {
            for (int i = 0; i < starts.length; i++) {
                if (random.nextInt(3) > 0) {
                    String to = random.nextBoolean() ? starts[(i + 1) % starts.length] : "07:00";
                    problem.demand(post, starts[i], to, 1 + random.nextInt(3), random.nextBoolean() ? 1 : 0);
                }
            }
        }
        for (int i = 0; i < 2 + random.nextInt(8); i++) {
            var volunteer = random.nextBoolean() ? person("V" + i, 4 * (1 + random.nextInt(10)), "LEAD")
                    : person("V" + i, 4 * (1 + random.nextInt(10)));
            if (random.nextInt(3) == 0) {
                volunteer = withAvailable(volunteer, window("07:00", "19:00"));
            }
            if (random.nextInt(4) == 0) {
                volunteer = onlyHome(volunteer, random.nextBoolean() ? "A" : "B");
            }
            if (random.nextInt(4) == 0) {
                volunteer = withLeave(volunteer, "2020-02-04T00:00", "2020-02-06T00:00");
            }
            problem.volunteer(volunteer);
        }
        return problem.build();
    }
}
