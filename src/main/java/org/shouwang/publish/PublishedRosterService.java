package org.shouwang.publish;

import org.shouwang.base.CurrentUser;
import org.shouwang.roster.RosterService;
import org.shouwang.volunteer.Volunteer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The published roster as others read it (the HTTP API): the seats of a date range, or one volunteer's,
 * as volunteers were told them. The roster's readers may read it (secretary, district admin, committee).
 * A shift belongs to the date it starts on.
 */
@Service
@Transactional(readOnly = true)
public class PublishedRosterService {

    private final PublishedSeatRepository seats;
    private final CurrentUser currentUser;

    public PublishedRosterService(PublishedSeatRepository seats, CurrentUser currentUser) {
        this.seats = seats;
        this.currentUser = currentUser;
    }

    /** One volunteer's published duties in a date range. */
    public record Duties(String volunteerCode, String volunteerName, List<PublishedSeat> duties) {
    }

    /** Every published seat of the community whose shift starts from {@code from} to {@code to}, by start. */
    public List<PublishedSeat> roster(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, RosterService.READERS);
        return seats.findPublishedRoster(communityId, from.atStartOfDay(), until(to)).stream()
                .map(PublishedSeat::of).toList();
    }

    /**
     * The published duties of the community's volunteer with this code whose shift starts from
     * {@code from} to {@code to}, by start; empty when the community has no volunteer of that code.
     */
    public Optional<Duties> duties(long communityId, String volunteerCode, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, RosterService.READERS);
        Optional<Volunteer> volunteer = seats.findVolunteer(communityId, volunteerCode);
        return volunteer.map(v -> new Duties(v.getCode(), v.getName(),
                seats.findPublishedDutiesBetween(v.getId(), from.atStartOfDay(), until(to)).stream()
                        .map(PublishedSeat::of).toList()));
    }

    private static LocalDateTime until(LocalDate to) {
        return to.plusDays(1).atStartOfDay();
    }
}
