package org.shouwang.duty;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The volunteer record of the signed-in account: the only way the duty services find out whose data
 * to read, so no id from a URL or a form can point them at someone else.
 */
@Component
class SignedInVolunteer {

    /** Everyone who is a volunteer record: committee members and secretaries serve duties too. */
    private static final String[] DUTY_ROLES = {Roles.VOLUNTEER, Roles.COMMITTEE, Roles.SECRETARY};

    private final CurrentUser currentUser;
    private final VolunteerRepository volunteers;

    SignedInVolunteer(CurrentUser currentUser, VolunteerRepository volunteers) {
        this.currentUser = currentUser;
        this.volunteers = volunteers;
    }

    /** @throws AccessDeniedException when nobody is signed in or the account has no volunteer record */
    Volunteer get() {
        long volunteerId = currentUser.volunteerId()
                .orElseThrow(() -> new AccessDeniedException("The account has no volunteer record"));
        Volunteer me = volunteers.findById(volunteerId)
                .orElseThrow(() -> new AccessDeniedException("No volunteer " + volunteerId));
        currentUser.requireCommunity(me.getCommunity().getId(), DUTY_ROLES);
        return me;
    }
}
