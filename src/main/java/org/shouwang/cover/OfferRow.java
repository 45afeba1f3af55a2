package org.shouwang.cover;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An offer as the secretary's list shows it.
 *
 * @param state     as of now: a live offer whose shift has started reads {@link CoverOffer.State#ENDED}
 * @param giver     who held the seat (giving it back, or absent), or {@code null} for an empty seat
 * @param offeredTo the names of the volunteers it went to, best fit first
 * @param taker     who took it, or {@code null}
 * @param closedAt  when it was taken, withdrawn or declined, or {@code null}
 */
public record OfferRow(long offerId, long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound,
                       String post, int seat, CoverOffer.State state, CoverOffer.Origin origin, String giver,
                       String reason, String createdBy, LocalDateTime createdAt, List<String> offeredTo, String taker,
                       String closedBy, LocalDateTime closedAt) {

    public OfferRow {
        offeredTo = List.copyOf(offeredTo);
    }

    public boolean live() {
        return state == CoverOffer.State.OPEN || state == CoverOffer.State.REQUESTED;
    }
}
