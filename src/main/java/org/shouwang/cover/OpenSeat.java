package org.shouwang.cover;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An offered seat a volunteer may take, as their phone shows it.
 *
 * @param team the others published on that shift, by name
 */
public record OpenSeat(long offerId, long assignmentId, LocalDateTime startsAt, LocalDateTime endsAt, String compound,
                       String post, List<String> team) {

    public OpenSeat {
        team = List.copyOf(team);
    }
}
