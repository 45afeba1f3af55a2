package org.shouwang.planning.ui;

import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishingService;
import org.shouwang.duty.SeatNeedingCover;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The marks publishing puts on the planner board's seat chips: "changed since published", and the
 * flag of a seat whose volunteer reported leave or sickness, naming who could cover. Load once per
 * board refresh; the board asks for each chip's marks, the seat dialog for who could cover.
 */
public final class PublishMarkers {

    private final Set<Long> changed;
    private final Map<Long, SeatNeedingCover> needingCover;

    private PublishMarkers(Set<Long> changed, Map<Long, SeatNeedingCover> needingCover) {
        this.changed = changed;
        this.needingCover = needingCover;
    }

    /** The marks of one roster, for the signed-in secretary. */
    public static PublishMarkers load(PublishingService publishing, DutyService duties, long rosterId) {
        return new PublishMarkers(publishing.changedSeatIds(rosterId),
                duties.seatsNeedingCover(rosterId).stream()
                        .collect(Collectors.toMap(SeatNeedingCover::assignmentId, Function.identity())));
    }

    /** No marks (no roster open). */
    public static PublishMarkers none() {
        return new PublishMarkers(Set.of(), Map.of());
    }

    public Optional<SeatNeedingCover> cover(long assignmentId) {
        return Optional.ofNullable(needingCover.get(assignmentId));
    }

    public boolean changed(long assignmentId) {
        return changed.contains(assignmentId);
    }
}
