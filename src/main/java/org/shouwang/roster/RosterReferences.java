package org.shouwang.roster;

import jakarta.persistence.EntityManager;
import org.shouwang.base.ReferenceCounter;
import org.shouwang.base.Usage;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.volunteer.Volunteer;
import org.springframework.stereotype.Component;

import java.util.List;

/** Roster seats use their post (and so its compound) and the volunteers who hold or held them. */
@Component
class RosterReferences implements ReferenceCounter {

    private final EntityManager entityManager;

    RosterReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Usage> usagesOf(Class<?> type, long id) {
        String where;
        if (type == Post.class) {
            where = "a.post.id = :id";
        } else if (type == Compound.class) {
            where = "a.post.compound.id = :id";
        } else if (type == Volunteer.class) {
            where = "a.volunteer.id = :id or a.publishedVolunteer.id = :id";
        } else {
            return List.of();
        }
        long count = entityManager.createQuery("select count(a) from Assignment a where " + where, Long.class)
                .setParameter("id", id).getSingleResult();
        return List.of(new Usage("editing.used.assignments", count));
    }
}
