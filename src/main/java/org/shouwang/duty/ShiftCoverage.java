package org.shouwang.duty;

import java.time.LocalDateTime;
import java.util.List;

/**
 * How one published shift of a compound is covered: seats, how many are really filled (a volunteer on
 * leave leaves their seat empty), and who serves.
 */
public record ShiftCoverage(LocalDateTime startsAt, LocalDateTime endsAt, String compound, String post,
                            int seats, int filled, List<String> names) {

    public ShiftCoverage {
        names = List.copyOf(names);
    }

    public int empty() {
        return seats - filled;
    }
}
