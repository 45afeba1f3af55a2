package org.shouwang.api;

import java.time.LocalDateTime;

/** A token as the accounts page lists it: never its secret, which nobody can read back. */
public record ApiTokenRow(long id, String name, ApiScope scope, String createdBy, LocalDateTime createdAt,
                          LocalDateTime lastUsedAt) {
}
