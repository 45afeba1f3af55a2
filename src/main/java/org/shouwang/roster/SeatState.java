package org.shouwang.roster;

import org.shouwang.volunteer.Volunteer;

import java.time.LocalDateTime;

/**
 * One seat as an edit sees it: who sits in it in the draft, who was published in it, whether it is pinned
 * or released, and its version, which the next edit must name.
 */
public record SeatState(long assignmentId, int version, String compoundCode, String postCode, String postName,
                        LocalDateTime startsAt, LocalDateTime endsAt, int seat, String skill,
                        String volunteerCode, String volunteerName,
                        String publishedVolunteerCode, String publishedVolunteerName,
                        boolean pinned, boolean released) {

    static SeatState of(Assignment a) {
        Volunteer v = a.getVolunteer();
        Volunteer p = a.getPublishedVolunteer();
        return new SeatState(a.getId(), a.getVersion(), a.getPost().getCompound().getCode(), a.getPost().getCode(),
                a.getPost().getName(), a.getStartsAt(), a.getEndsAt(), a.getSeat(), a.getSkill(),
                v == null ? null : v.getCode(), v == null ? null : v.getName(),
                p == null ? null : p.getCode(), p == null ? null : p.getName(), a.isPinned(), a.isReleased());
    }
}
