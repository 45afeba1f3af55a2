package org.shouwang.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.bi.BiJoiner;
import org.shouwang.solver.justifications.AwayFromHomeJustification;
import org.shouwang.solver.justifications.ChangedAssignmentJustification;
import org.shouwang.solver.justifications.ConsecutiveDaysJustification;
import org.shouwang.solver.justifications.DailyHoursJustification;
import org.shouwang.solver.justifications.EmptySeatJustification;
import org.shouwang.solver.justifications.LoadJustification;
import org.shouwang.solver.justifications.MissingSkillJustification;
import org.shouwang.solver.justifications.NotPreferredJustification;
import org.shouwang.solver.justifications.OnLeaveJustification;
import org.shouwang.solver.justifications.OutsideAvailabilityJustification;
import org.shouwang.solver.justifications.OutsideHomeJustification;
import org.shouwang.solver.justifications.OverlapJustification;
import org.shouwang.solver.justifications.ScatteredPostsJustification;
import org.shouwang.solver.justifications.StableTeamsJustification;
import org.shouwang.solver.justifications.TooLittleRestJustification;
import org.shouwang.solver.justifications.WeeklyHoursJustification;

import java.time.LocalDate;

/**
 * The rules of a roster: hard (the hard rules of the plan format), medium (fill every seat) and soft
 * (home, preferences, fairness, continuity, stability, stable teams; each multiplied by its {@link RosterWeights}).
 * Pinned seats are not a constraint: {@link Seat#isPinned()} keeps the solver from touching them.
 * Each hard rule has one match per broken instance, counted as the roster checker counts them.
 */
public class RosterConstraints implements ConstraintProvider {


    // The same joiner instances for both pair rules, so the engine shares their join of a person's seats.
    // The filter runs inside the join: only clashing pairs (rare in a good roster) become tuples, where
    // a join over all pairs of a person's seats would make and unmake a tuple per pair on every move.
    private static final BiJoiner<Seat, Seat> SAME_PERSON = Joiners.equal(Seat::getPerson);
    private static final BiJoiner<Seat, Seat> CLASHING = Joiners.filtering(RosterConstraints::clash);


    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                missingSkill(factory),
                outsideAvailability(factory),
                onLeave(factory),
                outsideHome(factory),
                overlappingShifts(factory),
                tooLittleRest(factory),
                tooManyHoursPerDay(factory),
                tooManyHoursPerWeek(factory),
                tooManyConsecutiveDays(factory),
                emptySeat(factory),
                awayFromHome(factory),
                notPreferred(factory),
                unfairLoad(factory),
                scatteredPosts(factory),
                changedAssignment(factory),
                scatteredTeammates(factory)
        };
    }

    // ---- hard ----------------------------------------------------------------------------------

    // A seat that needs a skill is held by someone who has it.
    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSkill() != null && !seat.getPerson().hasSkill(seat.getSkill()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> new MissingSkillJustification(seat.ref(),
                        seat.getPerson().getCode(), seat.getSkill()))
                .asConstraint(Rule.MISSING_SKILL.constraintName());
    }

    // A volunteer serves only shifts that lie wholly inside one of their weekly windows.
    Constraint outsideAvailability(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.getPerson().isAvailable(seat.getShift()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> new OutsideAvailabilityJustification(seat.ref(),
                        seat.getPerson().getCode()))
                .asConstraint(Rule.OUTSIDE_AVAILABILITY.constraintName());
    }

    // A volunteer serves no shift that overlaps their leave, sickness or quarantine.
    Constraint onLeave(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getPerson().isOnLeave(seat.getShift()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> new OnLeaveJustification(seat.ref(), seat.getPerson().getCode()))
                .asConstraint(Rule.ON_LEAVE.constraintName());
    }

    // A home-only volunteer serves only posts of their home compound.
    Constraint outsideHome(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getPerson().isOnlyHome()
                        && !seat.getPerson().getHome().equals(seat.getShift().getCompound()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> new OutsideHomeJustification(seat.ref(),
                        seat.getPerson().getCode(), seat.getPerson().getHome()))
                .asConstraint(Rule.OUTSIDE_HOME.constraintName());
    }

    // Nobody holds two seats whose shifts overlap in time (two seats of one shift included).
    Constraint overlappingShifts(ConstraintFactory factory) {
        return clashingPairs(factory)
                .filter((a, b) -> gap(a, b) < 0)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new OverlapJustification(a.getPerson().getCode(), a.ref(), b.ref()))
                .asConstraint(Rule.OVERLAP.constraintName());
    }

    // Two shifts of one volunteer either touch or lie at least the minimum rest apart.
    Constraint tooLittleRest(ConstraintFactory factory) {
        return clashingPairs(factory)
                .filter((a, b) -> gap(a, b) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new TooLittleRestJustification(a.getPerson().getCode(),
                        a.ref(), b.ref(), gap(a, b), a.getPerson().getRestMinutes()))
                .asConstraint(Rule.TOO_LITTLE_REST.constraintName());
    }

    // The shifts a volunteer starts on one date add up to at most the daily maximum.
    Constraint tooManyHoursPerDay(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getPerson, MinutesOver.PER_DAY)
                // Nearly every person keeps the rule: stopping them here is much cheaper than letting
                // the flattening node handle an empty list on every move (so in the rules below, too).
                .filter((person, days) -> !days.isEmpty())
                .flattenLast(days -> days)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (person, day) -> excessHours(day.minutes(), person.getMaxDayMinutes()))
                .justifyWith((person, day, score) -> new DailyHoursJustification(person.getCode(),
                        LocalDate.ofEpochDay(day.key()), day.minutes(), person.getMaxDayMinutes()))
                .asConstraint(Rule.DAILY_HOURS.constraintName());
    }

    // The shifts a volunteer starts in one Monday-Sunday week add up to at most their weekly maximum.
    Constraint tooManyHoursPerWeek(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getPerson, MinutesOver.PER_WEEK)
                .filter((person, weeks) -> !weeks.isEmpty())
                .flattenLast(weeks -> weeks)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (person, week) -> excessHours(week.minutes(), person.getMaxWeekMinutes()))
                .justifyWith((person, week, score) -> new WeeklyHoursJustification(person.getCode(),
                        RosterModel.monday(week.key()), week.minutes(), person.getMaxWeekMinutes()))
                .asConstraint(Rule.WEEKLY_HOURS.constraintName());
    }

    // A volunteer works on at most the maximum number of dates in a row; each extra date costs one.
    Constraint tooManyConsecutiveDays(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getPerson, ConsecutiveDays.TOO_LONG_RUNS)
                .filter((person, runs) -> !runs.isEmpty())
                .flattenLast(runs -> runs)
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (person, run) -> run.length() - person.getMaxConsecutiveDays())
                .justifyWith((person, run, score) -> new ConsecutiveDaysJustification(person.getCode(),
                        LocalDate.ofEpochDay(run.first()), run.length(), person.getMaxConsecutiveDays()))
                .asConstraint(Rule.CONSECUTIVE_DAYS.constraintName());
    }

    // ---- medium --------------------------------------------------------------------------------

    // Every seat that stays empty costs one medium point: fill all that can be filled.
    Constraint emptySeat(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getPerson() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .justifyWith((seat, score) -> new EmptySeatJustification(seat.ref(), seat.getSkill()))
                .asConstraint(Rule.EMPTY_SEAT.constraintName());
    }

    // ---- soft ----------------------------------------------------------------------------------

    // Volunteers serve their home compound: each seat elsewhere costs the home weight.
    Constraint awayFromHome(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getPerson().getHome() != null
                        && !seat.getPerson().getHome().equals(seat.getShift().getCompound()))
                .join(RosterWeights.class)
                .filter((seat, weights) -> weights.home() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (seat, weights) -> weights.home())
                .justifyWith((seat, weights, score) -> new AwayFromHomeJustification(seat.ref(),
                        seat.getPerson().getCode(), seat.getPerson().getHome(), seat.getShift().getCompound()))
                .asConstraint(Rule.AWAY_FROM_HOME.constraintName());
    }

    // Volunteers who prefer some windows serve in them: each seat outside costs the preferred weight.
    Constraint notPreferred(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.getPerson().prefers(seat.getShift()))
                .join(RosterWeights.class)
                .filter((seat, weights) -> weights.preferred() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (seat, weights) -> weights.preferred())
                .justifyWith((seat, weights, score) -> new NotPreferredJustification(seat.ref(),
                        seat.getPerson().getCode()))
                .asConstraint(Rule.NOT_PREFERRED.constraintName());
    }

    // Load is shared by each volunteer's own weekly maximum: hours squared over that maximum, so
    // moving a shift from a busier to an idler volunteer always pays.
    Constraint unfairLoad(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getPerson, ConstraintCollectors.sum(seat -> seat.getShift().getMinutes()))
                .join(RosterWeights.class)
                .filter((person, minutes, weights) -> weights.fairness() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        (person, minutes, weights) -> weights.fairness() * load(minutes, person.getMaxWeekMinutes()))
                .justifyWith((person, minutes, weights, score) -> new LoadJustification(person.getCode(), minutes,
                        person.getMaxWeekMinutes()))
                .asConstraint(Rule.UNFAIR_LOAD.constraintName());
    }

    // A volunteer keeps to few posts: each distinct post beyond the first costs the continuity weight.
    Constraint scatteredPosts(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .groupBy(Seat::getPerson, ConstraintCollectors.countDistinct(seat -> seat.getShift().getPost()))
                .filter((person, posts) -> posts > 1)
                .join(RosterWeights.class)
                .filter((person, posts, weights) -> weights.continuity() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (person, posts, weights) -> weights.continuity() * (posts - 1))
                .justifyWith((person, posts, weights, score) -> new ScatteredPostsJustification(person.getCode(),
                        posts))
                .asConstraint(Rule.SCATTERED_POSTS.constraintName());
    }

    // A re-plan keeps what was published or given: each seat whose previous volunteer is replaced
    // costs the stability weight.
    Constraint changedAssignment(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Seat.class)
                .filter(seat -> seat.getPrevious() != null && seat.getPerson() != seat.getPrevious())
                .join(RosterWeights.class)
                .filter((seat, weights) -> weights.stability() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, (seat, weights) -> weights.stability())
                .justifyWith((seat, weights, score) -> new ChangedAssignmentJustification(seat.ref(),
                        seat.getPrevious().getCode(),
                        seat.getPerson() == null ? null : seat.getPerson().getCode()))
                .asConstraint(Rule.CHANGED_ASSIGNMENT.constraintName());
    }

    // Volunteers keep serving with the same teammates, which limits how far an infection spreads: each
    // distinct pair of volunteers who share a shift costs the teams weight.
    Constraint scatteredTeammates(ConstraintFactory factory) {
        // Only while the rule is on does a seat reach the count: off, it costs one check per move. The
        // count is one for the whole roster, kept up to date seat by seat (see TeammatePairs), so the
        // rule has one match that says how many pairs there are.
        return factory.forEach(Seat.class)
                .ifExists(RosterWeights.class, Joiners.filtering((seat, weights) -> weights.teams() > 0))
                .groupBy(TeammatePairs.COUNT)
                .filter(count -> count.pairs() > 0)
                .join(RosterWeights.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (count, weights) -> weights.teams() * count.pairs())
                .justifyWith((count, weights, score) -> new StableTeamsJustification(count.pairs(),
                        count.volunteers()))
                .asConstraint(Rule.STABLE_TEAMS.constraintName());
    }

    // ---- helpers -------------------------------------------------------------------------------

    /** Each pair of seats of one person that overlap or lie closer than the minimum rest, once. */
    private static BiConstraintStream<Seat, Seat> clashingPairs(ConstraintFactory factory) {
        // A person has few seats: filtering them inside the join is cheaper than a range index.
        return factory.forEach(Seat.class).join(Seat.class, SAME_PERSON, CLASHING);
    }

    /**
     * {@code a} comes before {@code b} in seat order (so each pair counts once) and the two either
     * overlap or leave a gap shorter than the person's rest; shifts that touch never clash.
     */
    static boolean clash(Seat a, Seat b) {
        int x = a.getShift().getIndex();
        int y = b.getShift().getIndex();
        if (x > y || x == y && a.getNumber() >= b.getNumber()) {
            return false;
        }
        int gap = gap(a, b);
        // While the engine applies a move, the other seat of a pair may already be empty; the pair is
        // retracted right after, but must not fail meanwhile.
        Person person = a.getPerson() != null ? a.getPerson() : b.getPerson();
        return gap < 0 || gap > 0 && gap < person.getRestMinutes();
    }

    /** Minutes between the end of the earlier shift and the start of the later; negative when they overlap. */
    static int gap(Seat a, Seat b) {
        Shift x = a.getShift();
        Shift y = b.getShift();
        return x.getStart() <= y.getStart() ? y.getStart() - x.getEnd() : x.getStart() - y.getEnd();
    }

    /** Whole hours over the limit, rounded up, so every extra shift makes the score worse. */
    static int excessHours(int minutes, int maxMinutes) {
        return (minutes - maxMinutes + 59) / 60;
    }

    /** Hours served times the share of the weekly maximum (in whole points). */
    static int load(int minutes, int maxWeekMinutes) {
        long max = Math.max(60, maxWeekMinutes);
        return (int) ((long) minutes * minutes / (max * 60));
    }
}
