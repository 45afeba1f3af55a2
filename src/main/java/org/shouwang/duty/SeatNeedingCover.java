package org.shouwang.duty;

import org.shouwang.volunteer.Absence;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A seat whose volunteer is absent (leave, sickness) during it: the board flags it and offers the
 * candidates who could cover.
 *
 * @param published  true when the absent volunteer was published in this seat (volunteers were told)
 * @param candidates who could take the seat instead, best first
 */
public record SeatNeedingCover(long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound,
                               String post, int seat, String skill, long absentVolunteerId, String absentName,
                               Absence.Reason reason, boolean published, List<Candidate> candidates) {

    public SeatNeedingCover {
        candidates = List.copyOf(candidates);
    }

    /** A volunteer free to cover the seat; {@code home} when the seat is in their home compound. */
    public record Candidate(long volunteerId, String name, boolean home) {
    }
}
