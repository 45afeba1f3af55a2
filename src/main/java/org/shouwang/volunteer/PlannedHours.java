package org.shouwang.volunteer;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Map;

/**
 * The hours each volunteer is rostered for in a time span. Implemented by the roster feature, which
 * depends on this one and not the other way round.
 */
public interface PlannedHours {

    /**
     * The hours of the seats held by each of the volunteers whose shifts start in {@code [from, to)},
     * over all rosters of the community (one seat in two rosters counts once). Volunteers without any
     * seat are missing from the map. One query, whatever the number of volunteers.
     */
    Map<Long, Double> hoursByVolunteer(long communityId, Collection<Long> volunteerIds,
                                       LocalDateTime from, LocalDateTime to);
}
