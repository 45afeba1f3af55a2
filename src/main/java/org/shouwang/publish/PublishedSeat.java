package org.shouwang.publish;

import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;

/**
 * One seat as volunteers were told it at the last publish: who holds it ({@code null} codes and names
 * for an empty seat), where and when. {@code version} is the seat's current version, which an edit names.
 */
public record PublishedSeat(long assignmentId, int version, String compoundCode, String compoundName,
                            String postCode, String postName, LocalDateTime startsAt, LocalDateTime endsAt,
                            int seat, String skill, String volunteerCode, String volunteerName) {

    static PublishedSeat of(Assignment a) {
        Volunteer v = a.getPublishedVolunteer();
        return new PublishedSeat(a.getId(), a.getVersion(), a.getPost().getCompound().getCode(),
                a.getPost().getCompound().getName(), a.getPost().getCode(), a.getPost().getName(), a.getStartsAt(),
                a.getEndsAt(), a.getSeat(), a.getSkill(), v == null ? null : v.getCode(), v == null ? null : v.getName());
    }
}
