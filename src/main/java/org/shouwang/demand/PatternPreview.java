package org.shouwang.demand;

import java.time.DayOfWeek;
import java.util.Map;

/**
 * What applying a pattern would do, shown live while the pattern is edited.
 *
 * @param posts          the posts it would apply to (their current demand is replaced)
 * @param patternSeats   seats per weekday that the pattern makes on those posts
 * @param communitySeats seats per weekday of the whole community after applying it
 */
public record PatternPreview(int posts, Map<DayOfWeek, Integer> patternSeats, Map<DayOfWeek, Integer> communitySeats) {
}
