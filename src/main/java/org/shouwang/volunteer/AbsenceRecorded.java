package org.shouwang.volunteer;

import java.time.LocalDateTime;

/**
 * Published when leave, sickness or quarantine is recorded for a volunteer (by themselves or by the
 * secretary), inside the transaction that records it: features above act on it (call for cover offers the
 * seats it empties) without the volunteer feature knowing them.
 */
public record AbsenceRecorded(long volunteerId, LocalDateTime from, LocalDateTime to) {
}
