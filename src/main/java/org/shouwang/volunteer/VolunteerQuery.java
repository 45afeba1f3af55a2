package org.shouwang.volunteer;

import org.shouwang.plan.VolunteerRole;

/**
 * The filters of the volunteer grid; {@code null} (or blank text, false) means "any".
 *
 * @param text       part of the name or code (or of the phone, for those who may see phones)
 * @param fullPhones ask for unmasked phone numbers; granted to the secretary and district admins only
 */
public record VolunteerQuery(String text, VolunteerRole role, Long homeId, String skill, boolean onLeaveNow,
                             boolean fullPhones) {

    public static VolunteerQuery all() {
        return new VolunteerQuery(null, null, null, null, false, false);
    }

    public VolunteerQuery withText(String newText) {
        return new VolunteerQuery(newText, role, homeId, skill, onLeaveNow, fullPhones);
    }

    public VolunteerQuery withRole(VolunteerRole newRole) {
        return new VolunteerQuery(text, newRole, homeId, skill, onLeaveNow, fullPhones);
    }

    public VolunteerQuery withHome(Long newHomeId) {
        return new VolunteerQuery(text, role, newHomeId, skill, onLeaveNow, fullPhones);
    }

    public VolunteerQuery withSkill(String newSkill) {
        return new VolunteerQuery(text, role, homeId, newSkill, onLeaveNow, fullPhones);
    }

    public VolunteerQuery withOnLeaveNow(boolean newOnLeaveNow) {
        return new VolunteerQuery(text, role, homeId, skill, newOnLeaveNow, fullPhones);
    }

    public VolunteerQuery withFullPhones(boolean newFullPhones) {
        return new VolunteerQuery(text, role, homeId, skill, onLeaveNow, newFullPhones);
    }
}
