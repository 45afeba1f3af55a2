package org.shouwang.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * What the planner board shows of one roster: every seat with who sits in it and the hard rules it
 * breaks, in post, start, seat order.
 *
 * @param score the score of the roster as it stands, e.g. {@code 0hard/-8medium/-5120soft}
 */
public record RosterBoard(long rosterId, long communityId, LocalDate from, LocalDate to, Roster.Status status,
                          String score, List<CompoundInfo> compounds, List<Seat> seats) {

    public RosterBoard {
        compounds = List.copyOf(compounds);
        seats = List.copyOf(seats);
    }

    public long filled() {
        return seats.stream().filter(Seat::filled).count();
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
     * @param broken   the hard rules this seat breaks (rule keys of the checker), empty when none
     * @param editable whether the caller may change this seat
     * @param publishedName who held the seat at the last publish; {@code null} when nobody did
     * @param released whether the secretary released this published seat: the next solve may move it
     *                 (until the next publish); a published seat that is not released is kept
     */
    public record Seat(long id, int version, long compoundId, String postCode, String postName,
                       LocalDateTime start, LocalDateTime end, int seat, String skill,
                       Long volunteerId, String volunteerCode, String volunteerName,
                       boolean pinned, List<String> broken, boolean editable,
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
        public String key() {
            return key(postCode, start, seat);
        }

        public static String key(String postCode, LocalDateTime start, int seat) {
            return postCode + "|" + start + "|" + seat;
        }
    }
}
