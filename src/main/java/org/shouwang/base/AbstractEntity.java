package org.shouwang.base;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.Objects;

/**
 * Identity and optimistic locking for every editable entity: a concurrent edit fails with
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException} instead of silently
 * overwriting someone else's change.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private int version;

    public Long getId() {
        return id;
    }

    public int getVersion() {
        return version;
    }

    /** For forms that edit a detached copy: the version the user saw travels back with the save. */
    public void setVersion(int version) {
        this.version = version;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        AbstractEntity that = (AbstractEntity) other;
        return id != null && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        // Constant per class so that an entity keeps its hash when it gets its id on persist.
        return getClass().hashCode();
    }
}
