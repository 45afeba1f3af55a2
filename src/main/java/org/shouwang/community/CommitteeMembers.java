package org.shouwang.community;

/**
 * Whether a volunteer is a committee member of the community, asked when a compound gets an owner.
 * Implemented by the volunteer feature, which this one must not depend on.
 */
public interface CommitteeMembers {

    boolean isCommitteeMember(long communityId, long volunteerId);
}
