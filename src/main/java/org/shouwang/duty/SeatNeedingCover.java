package org.shouwang.duty;

import org.shouwang.volunteer.Absence;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A seat needing cover: its volunteer is absent (leave, sickness) during it, or it was published and is
 * empty now. The board flags it, the cover list shows it, both offer the candidates who could cover.
 *
 * @param absentVolunteerId the absent volunteer; {@code null} for an empty seat
 * @param absentName the absent volunteer's name; for an empty seat who was published in it, or {@code null}
 * @param reason     why the volunteer is absent; {@code null} for an empty seat
 * @param published  true when the absent volunteer (for an empty seat: anybody) was published in this
 *                   seat (volunteers were told)
 * @param candidates who could take the seat instead, best first
 */
public record SeatNeedingCover(long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound,
                               String post, int seat, String skill, Long absentVolunteerId, String absentName,
                               Absence.Reason reason, boolean published, List<Candidate> candidates) {

    public SeatNeedingCover {
        candidates = List.copyOf(candidates);
    }

    /** True for a published seat that is empty now (nobody absent). */
    public boolean empty() {
        return absentVolunteerId == null;
    }

    /** A volunteer free to cover the seat; {@code home} when the seat is in their home compound. */
    public record Candidate(long volunteerId, String name, boolean home) {
    }
}
