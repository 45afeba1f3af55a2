package org.shouwang.community;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The volunteers the compounds view offers and shows as owners of compounds. Implemented by the volunteer
 * feature, which this one must not depend on.
 */
public interface CompoundOwners {

    List<VolunteerChoice> committeeMembers(long communityId);

    /** Names of volunteers by id (of the caller's community only), e.g. to show compound owners. */
    Map<Long, String> names(long communityId, Collection<Long> ids);
}
