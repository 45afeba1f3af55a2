package org.shouwang.base;

import java.util.List;

/**
 * Implemented by each feature that refers to records of another feature (a post to its compound, a
 * demand to its post, an assignment to its volunteer). Lets a lower feature refuse to delete a record
 * that is still in use without depending on the features above it.
 */
public interface ReferenceCounter {

    /** What of this feature still refers to the record of the given type and id; empty when nothing does. */
    List<Usage> usagesOf(Class<?> type, long id);
}
