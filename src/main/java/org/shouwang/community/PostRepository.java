package org.shouwang.community;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface PostRepository extends JpaRepository<Post, Long> {

    @EntityGraph(attributePaths = "compound")
    List<Post> findByCompoundCommunityIdOrderByCode(Long communityId);

    List<Post> findByCompoundIdOrderByCode(Long compoundId);
}
