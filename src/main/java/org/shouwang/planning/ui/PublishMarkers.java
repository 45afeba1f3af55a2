package org.shouwang.planning.ui;

import org.shouwang.publish.PublishingService;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.roster.RosterWindow;

import java.util.List;
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

    /**
     * The marks of one window: changed seats for a planner (secretary, district admin), and for every
     * reader the seats whose volunteer is absent. {@code cover} is the window's list of seats needing
     * cover, read once for the board and the cover list.
     */
    public static PublishMarkers load(PublishingService publishing, boolean planner, RosterWindow window,
                                      List<SeatNeedingCover> cover) {
        return new PublishMarkers(planner ? publishing.changedSeatIds(window) : Set.of(),
                cover.stream().filter(c -> !c.empty())
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
