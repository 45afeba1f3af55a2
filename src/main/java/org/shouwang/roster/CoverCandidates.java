package org.shouwang.roster;

import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.springframework.stereotype.Component;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Who could cover a seat: not absent then, not busy on another seat at the same time, available in
 * their weekly windows, of the needed skill, and allowed in the compound. Home-compound people first.
 */
@Component
class CoverCandidates {

    static final int MAX = 5;

    List<SeatNeedingCover.Candidate> find(Assignment seat, Collection<Volunteer> community, Set<Long> busy) {
        long compoundId = seat.getPost().getCompound().getId();
        return community.stream()
                .filter(v -> !busy.contains(v.getId()))
                .filter(v -> seat.getSkill() == null || v.getSkills().contains(seat.getSkill()))
                .filter(v -> !v.isOnlyHome() || (v.getHome() != null && v.getHome().getId() == compoundId))
                .filter(v -> v.getAbsences().stream().noneMatch(a -> a.overlaps(seat.getStartsAt(), seat.getEndsAt())))
                .filter(v -> fits(v.getAvailable(), seat.getStartsAt(), seat.getEndsAt()))
                .map(v -> new SeatNeedingCover.Candidate(v.getId(), v.getName(),
                        v.getHome() != null && v.getHome().getId() == compoundId))
                .sorted(Comparator.comparing((SeatNeedingCover.Candidate c) -> !c.home())
                        .thenComparing(SeatNeedingCover.Candidate::name))
                .limit(MAX)
                .toList();
    }

    /** No windows means "any time"; otherwise the shift lies wholly inside one window starting on its day. */
    static boolean fits(List<AvailabilityWindow> windows, LocalDateTime start, LocalDateTime end) {
        if (windows.isEmpty()) {
            return true;
        }
        return windows.stream().anyMatch(w -> {
            if (!w.getDays().contains(start.getDayOfWeek()) || start.toLocalTime().isBefore(w.getStartsAt())) {
                return false;
            }
            LocalDateTime windowEnd = (w.getEndsAt().isAfter(w.getStartsAt())
                    ? start.toLocalDate() : start.toLocalDate().plusDays(1)).atTime(w.getEndsAt());
            return !end.isAfter(windowEnd);
        });
    }
}
