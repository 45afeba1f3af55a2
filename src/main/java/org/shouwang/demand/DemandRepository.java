package org.shouwang.demand;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface DemandRepository extends JpaRepository<Demand, Long> {

    @EntityGraph(attributePaths = {"post", "post.compound"})
    List<Demand> findByPostCompoundCommunityIdOrderByPostCodeAscStartsAtAsc(Long communityId);

    List<Demand> findByPostIdOrderByStartsAt(Long postId);

    List<Demand> findByPostIdIn(Collection<Long> postIds);

    long countByPostId(Long postId);

    long countByPostCompoundId(Long compoundId);
}
