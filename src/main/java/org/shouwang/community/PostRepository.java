package org.shouwang.community;

import org.shouwang.plan.PostKind;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface PostRepository extends JpaRepository<Post, Long> {

    @EntityGraph(attributePaths = "compound")
    List<Post> findByCompoundCommunityIdOrderByCode(Long communityId);

    @EntityGraph(attributePaths = "compound")
    List<Post> findByCompoundIdOrderByCode(Long compoundId);

    /** A page of a community's posts with their compounds (no count query: the grid asks for the count apart). */
    @EntityGraph(attributePaths = "compound")
    List<Post> findByCompoundCommunityId(Long communityId, Pageable pageable);

    long countByCompoundCommunityId(Long communityId);

    @EntityGraph(attributePaths = "compound")
    List<Post> findByCompoundIdInAndKindInOrderByCode(Collection<Long> compoundIds, Collection<PostKind> kinds);

    boolean existsByCompoundCommunityIdAndCode(Long communityId, String code);

    long countByCompoundId(Long compoundId);
}
