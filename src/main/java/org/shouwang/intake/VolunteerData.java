package org.shouwang.intake;

import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Everything the volunteers' sheet says about one person, as plain values. */
record VolunteerData(String name, String phone, VolunteerRole role, Long homeId, Set<String> skills,
                     double maxHoursPerWeek, List<AvailabilityWindow> available, List<AvailabilityWindow> preferred,
                     boolean onlyHome, String note) {

    /** A new volunteer's values where the sheet has no column for them: as the volunteer form starts. */
    static VolunteerData defaults(String name, String phone) {
        return new VolunteerData(name, phone, VolunteerRole.VOLUNTEER, null, new TreeSet<>(), 24, List.of(),
                List.of(), false, null);
    }

    /** A stored volunteer, with collections read apart (see {@link IntakeRepository}). */
    static VolunteerData of(Volunteer v, Set<String> skills, List<AvailabilityWindow> available,
                            List<AvailabilityWindow> preferred) {
        return new VolunteerData(v.getName(), v.getPhone(), v.getRole(), v.getHome() == null ? null : v.getHome().getId(),
                new TreeSet<>(skills), v.getMaxHoursPerWeek(), available, preferred, v.isOnlyHome(), v.getNote());
    }

    void applyTo(Volunteer volunteer) {
        volunteer.setName(name);
        volunteer.setPhone(phone);
        volunteer.setRole(role);
        volunteer.setOnlyHome(onlyHome);
        volunteer.setMaxHoursPerWeek(maxHoursPerWeek);
        volunteer.setSkills(skills);
        volunteer.setAvailable(available);
        volunteer.setPreferred(preferred);
        volunteer.setNote(note);
    }
}
