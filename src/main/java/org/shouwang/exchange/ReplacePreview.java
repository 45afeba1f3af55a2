package org.shouwang.exchange;

import java.util.List;

/**
 * What replacing a community with a document would do, shown before the secretary confirms: a backup
 * re-imported days later silently undid everything reported since.
 *
 * @param communityName      the community that would be replaced
 * @param compounds          compounds now, and in the document
 * @param posts              posts now, and in the document
 * @param demands            demands now, and in the document
 * @param plannedSeats       the seats of the community's timeline that would be removed (the document's
 *                           assignments become its new draft)
 * @param publishedSeats     filled published seats that would be lost
 * @param removedVolunteers  names of volunteers not in the document, who would be removed
 * @param withAccounts       those of them with an account (the import refuses to remove them)
 * @param changedVolunteers  names of volunteers the document changes
 * @param lostLeave          leave and sickness entries stored now that the document does not have, as
 *                           "name: from – to", e.g. a leave reported after the backup was taken
 */
public record ReplacePreview(String communityName, int compounds, int documentCompounds, int posts,
                             int documentPosts, int demands, int documentDemands, int plannedSeats, int publishedSeats,
                             List<String> removedVolunteers, List<String> withAccounts,
                             List<String> changedVolunteers, List<String> lostLeave) {

    public ReplacePreview {
        removedVolunteers = List.copyOf(removedVolunteers);
        withAccounts = List.copyOf(withAccounts);
        changedVolunteers = List.copyOf(changedVolunteers);
        lostLeave = List.copyOf(lostLeave);
    }

    /** Whether anything stored now would be lost (rather than only replaced by the same). */
    public boolean losesData() {
        return publishedSeats > 0 || !removedVolunteers.isEmpty() || !lostLeave.isEmpty();
    }
}
