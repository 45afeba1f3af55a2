package org.shouwang.cover;

/** An offer (or give-back) that cannot be made or ended as asked; {@link #why()} names the reason for the page. */
public class OfferRefusedException extends RuntimeException {

    public enum Why {
        /** The seat is not in a published roster. */
        NOT_PUBLISHED,
        /** The shift has started. */
        STARTED,
        /** Someone will serve the seat (published and present, or filled in the draft since). */
        NOT_EMPTY,
        /** The seat is offered already. */
        ALREADY_OFFERED,
        /** The duty is not the volunteer's own. */
        NOT_YOURS,
        /** The offer was taken, withdrawn, declined or has ended. */
        NOT_LIVE,
        /** The demand no longer has the seat. */
        NOT_DEMANDED
    }

    private final Why why;

    public OfferRefusedException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
