package org.shouwang.cover;

import java.util.Optional;

/**
 * A seat as call for cover sees it, for its dialog on the board.
 *
 * @param offerable    it may be offered now by the caller
 * @param live         its live offer, if any
 * @param takenByOffer its volunteer took it from an offer
 */
public record SeatCover(boolean offerable, Optional<OfferRow> live, boolean takenByOffer) {
}
