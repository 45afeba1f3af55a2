package org.shouwang.security;

import org.shouwang.plan.VolunteerRole;

import java.time.Instant;

/**
 * One volunteer of a community and their account, if any, for the secretary's accounts list.
 * The account fields are null while the volunteer has no account; {@code rememberedDevices} counts the
 * devices that keep the account signed in.
 */
public record AccountRow(long volunteerId, String code, String name, String phone, VolunteerRole volunteerRole,
                         Long accountId, String username, Boolean mustChangePassword, Integer failedAttempts,
                         Instant lockedUntil, long rememberedDevices) {

    public boolean hasAccount() {
        return accountId != null;
    }

    /** Locked at this instant by too many failed sign-ins. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }
}
