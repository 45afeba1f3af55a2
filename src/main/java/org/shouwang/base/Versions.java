package org.shouwang.base;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Forms edit detached copies that carry the version the user saw. A managed entity is checked by
 * Hibernate against the version it loaded, not the one in the form, so services compare explicitly.
 */
public final class Versions {

    private Versions() {
    }

    /** @throws ObjectOptimisticLockingFailureException when someone saved the entity since the form was read */
    public static void requireUnchanged(AbstractEntity entity, int versionSeen) {
        if (entity.getVersion() != versionSeen) {
            throw new ObjectOptimisticLockingFailureException(entity.getClass(), entity.getId());
        }
    }
}
