package org.shouwang.solver;

import java.time.LocalDateTime;

/** Names a seat the way the plan format does: post, shift start, seat number. */
public record SeatRef(String post, LocalDateTime start, int seat) {

    @Override
    public String toString() {
        return post + " " + start + " #" + seat;
    }
}
