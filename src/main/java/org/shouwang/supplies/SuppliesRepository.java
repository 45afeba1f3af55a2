package org.shouwang.supplies;

import org.shouwang.roster.Assignment;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import java.time.LocalDateTime;
import java.util.List;

/** The seats a forecast counts, as plain values (compound id, post id, post kind, start, end): one query. */
interface SuppliesRepository extends Repository<Assignment, Long> {

    @Query("""
            select p.compound.id, p.id, p.kind, a.startsAt, a.endsAt from Assignment a join a.post p
            where a.roster.id = :rosterId and a.startsAt >= :from""")
    List<Object[]> findSeats(long rosterId, LocalDateTime from);
}
