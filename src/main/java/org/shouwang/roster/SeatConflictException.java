package org.shouwang.roster;

/**
 * Someone else changed the seat since the caller last saw it: the caller's change was not saved.
 * The message names the seat; the UI shows its own translated text and reloads the board.
 */
public class SeatConflictException extends RuntimeException {

    public SeatConflictException(long assignmentId, String message) {
        super(message + " (seat " + assignmentId + ")");
    }
}
