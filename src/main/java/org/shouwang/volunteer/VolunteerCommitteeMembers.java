package org.shouwang.volunteer;

import org.shouwang.community.CommitteeMembers;
import org.shouwang.plan.VolunteerRole;
import org.springframework.stereotype.Component;

@Component
class VolunteerCommitteeMembers implements CommitteeMembers {

    private final VolunteerRepository volunteers;

    VolunteerCommitteeMembers(VolunteerRepository volunteers) {
        this.volunteers = volunteers;
    }

    @Override
    public boolean isCommitteeMember(long communityId, long volunteerId) {
        return volunteers.findById(volunteerId)
                .filter(v -> v.getCommunity().getId() == communityId && v.getRole() == VolunteerRole.COMMITTEE)
                .isPresent();
    }
}
