package org.shouwang.roster;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.Rule;
import org.shouwang.solver.SeatRef;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seat dialog's ranking and rule check ({@link Candidates} and the roster checker behind
 * {@link RosterService#candidates}), run against seats held as the caller says rather than a roster's draft:
 * call for cover judges volunteers against their published duties, the ones they know and keep to.
 * <p>
 * It checks no access of its own: its callers check theirs (a volunteer asks only about themselves, and
 * learns nothing of the roster through it but whether they may take a seat).
 */
@Component
@Transactional(readOnly = true)
public class SeatRanking {

    private final PlanSnapshotService snapshots;
    private final VolunteerRepository volunteers;
    private final SolverGateway solver;

    SeatRanking(PlanSnapshotService snapshots, VolunteerRepository volunteers, SolverGateway solver) {
        this.snapshots = snapshots;
        this.volunteers = volunteers;
        this.solver = solver;
    }

    /** A seat to fill: its post's and compound's codes, its times and its number in the shift. */
    public record SeatToFill(String post, String compound, LocalDateTime start, LocalDateTime end, int seat) {

        public static SeatToFill of(Assignment seat) {
            return new SeatToFill(seat.getPost().getCode(), seat.getPost().getCompound().getCode(), seat.getStartsAt(),
                    seat.getEndsAt(), seat.getSeat());
        }

        SeatRef ref() {
            return new SeatRef(post, start, seat);
        }
    }

    /**
     * The community's volunteers and rules from {@code from} to {@code to}, with these seats held. Held seats
     * the demand no longer has (it changed since they were planned) are left out: they have no shift to
     * measure, and the roster checker refuses them.
     */
    public Judge against(long communityId, LocalDate from, LocalDate to, Collection<AssignmentDef> held) {
        PlanDocument problem = snapshots.problem(communityId, from, to);
        Map<SeatRef, Integer> headcounts = new HashMap<>();
        for (ShiftDef shift : Shifts.expand(problem)) {
            headcounts.put(new SeatRef(shift.post(), shift.start(), 0), shift.headcount());
        }
        java.util.Set<String> codes = problem.volunteers().stream().map(PlanDocument.VolunteerDef::code)
                .collect(Collectors.toSet());
        Map<SeatRef, AssignmentDef> kept = new LinkedHashMap<>();
        for (AssignmentDef a : held) {
            Integer headcount = headcounts.get(new SeatRef(a.post(), a.start(), 0));
            if (headcount != null && a.seat() < headcount && (a.volunteer() == null || codes.contains(a.volunteer()))) {
                kept.putIfAbsent(new SeatRef(a.post(), a.start(), a.seat()), a);
            }
        }
        Map<String, Long> ids = volunteers.findByCommunityIdOrderByCode(communityId).stream()
                .collect(Collectors.toMap(Volunteer::getCode, Volunteer::getId));
        return new Judge(problem.withAssignments(List.copyOf(kept.values()), null), headcounts, ids);
    }

    /** Judges volunteers for seats against one set of held seats. */
    public final class Judge {

        private final PlanDocument document;
        private final Map<SeatRef, Integer> headcounts;
        private final Map<String, Long> ids;

        private Judge(PlanDocument document, Map<SeatRef, Integer> headcounts, Map<String, Long> ids) {
            this.document = document;
            this.headcounts = headcounts;
            this.ids = ids;
        }

        /** Whether the demand still has this seat: only then can anyone be judged for it. */
        public boolean demands(SeatToFill seat) {
            Integer headcount = headcounts.get(new SeatRef(seat.post(), seat.start(), 0));
            return headcount != null && seat.seat() < headcount;
        }

        /**
         * The hard rules the volunteer would break on the seat (whoever holds it now is replaced); empty when
         * they may take it. A seat the demand no longer has cannot be judged: see {@link #demands}.
         */
        public List<Rule> whyNot(SeatToFill seat, String volunteerCode) {
            return solver.whyNot(document, def(seat), volunteerCode);
        }

        /**
         * Every volunteer as a candidate for the seat, as the seat dialog ranks them: those who may take it by
         * fit (home compound, preferred time, hours left in the week), then the others with the rules they
         * would break. Empty for a seat the demand no longer has.
         */
        public List<SeatCandidate> rank(SeatToFill seat) {
            if (!demands(seat)) {
                return List.of();
            }
            AssignmentDef def = def(seat);
            // The seat as if empty, so that its current holder is judged like everybody else.
            PlanDocument without = document.withAssignments(document.assignments().stream()
                    .filter(a -> !new SeatRef(a.post(), a.start(), a.seat()).equals(seat.ref())).toList(), null);
            return Candidates.rank(without, def, seat.end(), seat.compound(), ids,
                    code -> solver.whyNot(without, def, code));
        }

        private static AssignmentDef def(SeatToFill seat) {
            return new AssignmentDef(seat.post(), seat.start(), seat.seat(), null, false);
        }
    }
}
