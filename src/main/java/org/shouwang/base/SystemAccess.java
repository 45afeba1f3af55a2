package org.shouwang.base;

import java.util.function.Supplier;

/**
 * Runs work as the system rather than as a person (start-up data, scheduled jobs), with the rights of a
 * district admin. Implemented by the security feature, so that other features need not know its principal.
 */
public interface SystemAccess {

    /** Runs {@code work} signed in as the system and restores the caller's security context afterwards. */
    <T> T asSystem(Supplier<T> work);
}
