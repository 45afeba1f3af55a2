package org.shouwang.roster;

import org.shouwang.solver.Rule;
import org.shouwang.solver.SeatRef;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the planner board shows of one window of a timeline: every seat with who sits in it and the hard rules it
 * breaks, in post, start, seat order.
 *
 * @param score the score of the roster as it stands
 */
public record RosterBoard(long rosterId, long communityId, LocalDate from, LocalDate to, RosterScore score, List<CompoundInfo> compounds, List<Seat> seats) {

    public RosterBoard {
        compounds = List.copyOf(compounds);
        seats = List.copyOf(seats);
    }

    /** The window of the timeline this board shows. */
    public RosterWindow window() {
        return new RosterWindow(rosterId, communityId, from, to);
    }

    public long filled() {
        return seats.stream().filter(Seat::filled).count();
    }

    /**
     * The board with each seat's volunteer as {@code roster} has it (a solve's best roster so far, by
     * volunteer code), scored {@code score}. Broken rules are left out: only the saved roster is checked.
     */
    public RosterBoard withRoster(Map<SeatRef, String> roster, Map<String, RosterService.VolunteerRef> volunteers,
                                  RosterScore score) {
        List<Seat> changed = seats.stream().map(s -> {
            if (!roster.containsKey(s.ref())) {
                return s;
            }
            RosterService.VolunteerRef v = roster.get(s.ref()) == null ? null : volunteers.get(roster.get(s.ref()));
            return new Seat(s.assignmentId(), s.version(), s.compoundId(), s.postCode(), s.postName(), s.start(), s.end(),
                    s.seat(), s.skill(), v == null ? null : v.id(), v == null ? null : v.code(),
                    v == null ? null : v.name(), s.pinned(), List.of(), s.editable(), s.publishedName(), s.released());
        }).toList();
        return new RosterBoard(rosterId, communityId, from, to, score, compounds, changed);
    }

    /** A compound of the board with its posts, in code order. */
    public record CompoundInfo(long id, String code, String name, List<PostInfo> posts) {
    }

    public record PostInfo(long id, String code, String name, String kind) {
    }

    /**
     * One seat.
     *
     * @param version  the version the caller saw: an edit naming an older one is refused
     * @param broken   the hard rules this seat breaks, empty when none
     * @param editable whether the caller may change this seat
     * @param publishedName who held the seat at the last publish; {@code null} when nobody did
     * @param released whether the secretary released this published seat: the next solve may move it
     *                 (until the next publish); a published seat that is not released is kept
     */
    public record Seat(long assignmentId, int version, long compoundId, String postCode, String postName,
                       LocalDateTime start, LocalDateTime end, int seat, String skill,
                       Long volunteerId, String volunteerCode, String volunteerName,
                       boolean pinned, List<Rule> broken, boolean editable,
                       String publishedName, boolean released) {

        public Seat {
            broken = List.copyOf(broken);
        }

        public boolean filled() {
            return volunteerId != null;
        }

        /** True when somebody held this seat at the last publish: only such a seat can be released. */
        public boolean published() {
            return publishedName != null;
        }

        /** The seat's name in the plan format: post, shift start and seat number. */
        public SeatRef ref() {
            return new SeatRef(postCode, start, seat);
        }
    }
}
