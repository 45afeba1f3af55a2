package org.shouwang.community;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The communities, their compounds and posts: the public face of the community feature. */
@Service
@Transactional
public class CommunityService {

    private final CommunityRepository communities;
    private final CurrentUser currentUser;

    public CommunityService(CommunityRepository communities, CurrentUser currentUser) {
        this.communities = communities;
        this.currentUser = currentUser;
    }

    /** The communities the caller may see: all for a district admin, otherwise their own. */
    @Transactional(readOnly = true)
    public List<Community> visibleCommunities() {
        if (currentUser.hasRole(Roles.DISTRICT_ADMIN)) {
            return communities.findAllByOrderByNameAsc();
        }
        return currentUser.communityId().flatMap(communities::findById).map(List::of).orElse(List.of());
    }

    /** One community, if the caller may see it. */
    @Transactional(readOnly = true)
    public Community get(long communityId) {
        currentUser.requireCommunity(communityId, Roles.DISTRICT_ADMIN, Roles.SECRETARY, Roles.COMMITTEE, Roles.VOLUNTEER);
        return communities.findById(communityId)
                .orElseThrow(() -> new AccessDeniedException("No community " + communityId));
    }
}
