package org.shouwang.roster;

import jakarta.persistence.EntityManager;
import org.shouwang.volunteer.PlannedHours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The hours volunteers hold seats for, summed from the assignments of all the community's rosters. */
@Component
@Transactional(readOnly = true)
class AssignmentHours implements PlannedHours {

    private final EntityManager entityManager;

    AssignmentHours(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<Long, Double> hoursByVolunteer(long communityId, Collection<Long> volunteerIds,
                                              LocalDateTime from, LocalDateTime to) {
        Map<Long, Double> hours = new HashMap<>();
        if (volunteerIds.isEmpty()) {
            return hours;
        }
        // distinct: a draft re-plan of a published week holds the same seats again, and they count once
        List<Object[]> seats = entityManager.createQuery("""
                        select distinct a.volunteer.id, a.post.id, a.startsAt, a.endsAt from Assignment a
                        where a.roster.community.id = :communityId and a.volunteer.id in :ids
                          and a.startsAt >= :from and a.startsAt < :to""", Object[].class)
                .setParameter("communityId", communityId)
                .setParameter("ids", volunteerIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
        for (Object[] seat : seats) {
            double length = Duration.between((LocalDateTime) seat[2], (LocalDateTime) seat[3]).toMinutes() / 60.0;
            hours.merge((Long) seat[0], length, Double::sum);
        }
        return hours;
    }
}
