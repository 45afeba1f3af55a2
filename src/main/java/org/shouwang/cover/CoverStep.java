package org.shouwang.cover;

import java.time.LocalDateTime;

/** One step of a seat's call for cover: who did what to whom, when, and why. */
public record CoverStep(CoverAudit.Action action, String actor, String subject, String detail, LocalDateTime at) {
}
