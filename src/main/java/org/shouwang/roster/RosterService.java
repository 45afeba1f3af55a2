package org.shouwang.roster;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The rosters of a community: their seats, who sits in them, manual edits and the solver's results.
 * Secretaries and district admins edit every seat; a committee member reads the whole roster and edits
 * only the seats of the compounds they own.
 */
@Service
@Transactional
public class RosterService {

    static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};

    private final RosterRepository rosters;
    private final CurrentUser currentUser;

    public RosterService(RosterRepository rosters, CurrentUser currentUser) {
        this.rosters = rosters;
        this.currentUser = currentUser;
    }

    /** The rosters of a community, the latest first. */
    @Transactional(readOnly = true)
    public List<Roster> rostersOf(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return rosters.findByCommunityIdOrderByFirstDateDesc(communityId);
    }
}
