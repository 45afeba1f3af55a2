package org.shouwang.duty;

import org.shouwang.volunteer.Volunteer;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface DutySubscriberRepository extends JpaRepository<DutySubscriber, Long> {

    Optional<DutySubscriber> findByVolunteerId(Long volunteerId);

    Optional<DutySubscriber> findByCalendarTokenHash(String calendarTokenHash);

    /** The volunteer's row, created on first use. */
    default DutySubscriber forVolunteer(Volunteer volunteer) {
        return findByVolunteerId(volunteer.getId()).orElseGet(() -> save(new DutySubscriber(volunteer)));
    }
}
