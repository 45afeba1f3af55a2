package org.shouwang.publish;

import java.time.LocalDateTime;

/**
 * A seat whose volunteer differs between the draft and what was last published: one row of the diff
 * the secretary sees before publishing, and the change marker of the board.
 *
 * @param before the name published last time, or {@code null} (empty or never published)
 * @param after  the name in the draft now, or {@code null} (the seat is empty now)
 */
public record SeatChange(long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound, String post,
                         int seat, String before, String after) {
}
