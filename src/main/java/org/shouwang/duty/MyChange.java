package org.shouwang.duty;

import org.shouwang.publish.DutyChange;


import java.time.LocalDateTime;

/** A duty the signed-in volunteer gained ({@link DutyChange.Kind#ADDED}) or lost with a publish. */
public record MyChange(DutyChange.Kind kind, LocalDateTime startsAt, LocalDateTime endsAt, String compound,
                       String post, LocalDateTime changedAt) {
}
