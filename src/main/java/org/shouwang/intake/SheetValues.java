package org.shouwang.intake;

/**
 * One importable row as the confirmation needs it: the values to store and whom they belong to.
 *
 * @param existingId      the volunteer with the row's phone, {@code null} for a new one
 * @param existingVersion that volunteer's version when the preview was made
 */
record SheetValues(int row, VolunteerData data, Long existingId, int existingVersion, boolean changes) {
}
