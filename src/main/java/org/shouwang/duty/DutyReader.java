package org.shouwang.duty;

import org.shouwang.publish.PublishedSeatRepository;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds a volunteer's published duties with their teams. No access check here: the callers decide
 * whose duties may be read (the signed-in volunteer, or the owner of a calendar token).
 */
@Component
@Transactional(readOnly = true)
public class DutyReader {

    static final String LEAD = "LEAD";

    private final PublishedSeatRepository seats;

    DutyReader(PublishedSeatRepository seats) {
        this.seats = seats;
    }

    /** The volunteer's published duties that end after {@code after}, by start. */
    List<Duty> duties(long volunteerId, LocalDateTime after) {
        List<Assignment> mine = seats.findPublishedDuties(volunteerId, after);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<ShiftKey, List<Assignment>> teams = seats.findTeams(
                        ids(mine, a -> a.getRoster().getId()), ids(mine, a -> a.getPost().getId()),
                        mine.get(0).getStartsAt(), mine.get(mine.size() - 1).getStartsAt())
                .stream().collect(Collectors.groupingBy(ShiftKey::of));
        List<Absence> absences = seats.findAbsences(volunteerId);
        List<Duty> duties = new ArrayList<>(mine.size());
        for (Assignment seat : mine) {
            List<Assignment> team = teams.getOrDefault(ShiftKey.of(seat), List.of()).stream()
                    .sorted(Comparator.comparingInt(Assignment::getSeat)).toList();
            Volunteer lead = lead(team, Assignment::getPublishedVolunteer);
            List<String> teammates = team.stream().map(Assignment::getPublishedVolunteer)
                    .filter(v -> v != null && v.getId() != volunteerId).map(Volunteer::getName).toList();
            boolean changed = seat.isReleased() || seat.getVolunteer() == null
                    || seat.getVolunteer().getId() != volunteerId;
            duties.add(new Duty(seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                    seat.getPost().getCompound().getName(), seat.getPost().getName(), teammates,
                    lead == null ? null : lead.getName(), lead == null ? null : lead.getPhone(),
                    lead != null && lead.getId() == volunteerId, changed,
                    absences.stream().anyMatch(a -> a.overlaps(seat.getStartsAt(), seat.getEndsAt()))));
        }
        return duties;
    }

    /** Who leads a shift: whoever {@code holder} puts into its LEAD seat, or {@code null} when nobody does. */
    public static Volunteer lead(List<Assignment> shift, java.util.function.Function<Assignment, Volunteer> holder) {
        return shift.stream().filter(a -> LEAD.equals(a.getSkill())).map(holder)
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Set<Long> ids(List<Assignment> seats, java.util.function.Function<Assignment, Long> id) {
        return seats.stream().map(id).collect(Collectors.toSet());
    }

    /** One shift: the seats of a post starting at the same time in one roster. */
    private record ShiftKey(long rosterId, long postId, LocalDateTime startsAt) {
        static ShiftKey of(Assignment seat) {
            return new ShiftKey(seat.getRoster().getId(), seat.getPost().getId(), seat.getStartsAt());
        }
    }
}
