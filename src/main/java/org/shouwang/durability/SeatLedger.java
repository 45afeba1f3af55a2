package org.shouwang.durability;

import java.util.Objects;

/**
 * What the benchmark knows of one seat it edits: the state the app last confirmed (by an acknowledged
 * edit or a read), and the edit it sent without an answer, if any. Only the benchmark edits these seats,
 * one edit at a time per seat, and every edit raises the seat's version by one; so after a restart the
 * seat must be in the confirmed state, or, if an edit was in flight, in that edit's state. Anything else
 * lost an acknowledged edit (an older version) or is neither (half an edit, or one nobody made).
 * A seat is used by one thread at a time.
 */
final class SeatLedger {

    /** How a seat was found after a restart. */
    enum Outcome {
        /** As last confirmed; an edit in flight, if any, did not happen. */
        KEPT,
        /** The edit in flight happened too (it was not acknowledged, so either is right). */
        APPLIED,
        /** Older than the last acknowledged edit: acknowledged edits are lost. */
        LOST,
        /** Neither the confirmed state nor the one of the edit in flight. */
        NEITHER
    }

    private final long id;
    private SeatApi.Seat confirmed;
    private boolean inFlight;
    private String sentVolunteer;

    SeatLedger(SeatApi.Seat read) {
        this.id = read.id();
        this.confirmed = read;
    }

    long id() {
        return id;
    }

    SeatApi.Seat confirmed() {
        return confirmed;
    }

    boolean inFlight() {
        return inFlight;
    }

    /** An edit to this volunteer ({@code null}: empty) is about to be sent. */
    void sending(String volunteer) {
        inFlight = true;
        sentVolunteer = volunteer;
    }

    /** The edit was not sent at all (the app was not there to connect to). */
    void notSent() {
        inFlight = false;
        sentVolunteer = null;
    }

    /** The app acknowledged the edit with the seat's new state. */
    void acknowledged(SeatApi.Seat answer) {
        if (answer.id() != id) {
            throw new IllegalArgumentException("answer for seat " + answer.id() + ", not " + id);
        }
        confirmed = answer;
        inFlight = false;
        sentVolunteer = null;
    }

    /** Acknowledged edits that are missing from what was read: the versions between. */
    int lostEdits(SeatApi.Seat read) {
        return Math.max(0, confirmed.version() - read.version());
    }

    /** Compares what was read after a restart with the states the seat may be in. */
    Outcome check(SeatApi.Seat read) {
        Outcome outcome;
        if (same(read, confirmed.version(), confirmed.volunteer())) {
            outcome = Outcome.KEPT;
        } else if (inFlight && same(read, confirmed.version() + 1, sentVolunteer)) {
            outcome = Outcome.APPLIED;
        } else if (read.version() < confirmed.version()) {
            outcome = Outcome.LOST;
        } else {
            outcome = Outcome.NEITHER;
        }
        return outcome;
    }

    /** After the check: what was read is the state the next round starts from. */
    void restartFrom(SeatApi.Seat read) {
        confirmed = read;
        inFlight = false;
        sentVolunteer = null;
    }

    private boolean same(SeatApi.Seat read, int version, String volunteer) {
        return read.id() == id && read.version() == version && Objects.equals(read.volunteer(), volunteer);
    }
}
