package org.shouwang.community;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CompoundRepository extends JpaRepository<Compound, Long> {

    List<Compound> findByCommunityIdOrderByCode(Long communityId);

    /** A page of a community's compounds (no count query: the grid asks for the count apart). */
    List<Compound> findByCommunityId(Long communityId, Pageable pageable);

    long countByCommunityId(Long communityId);

    boolean existsByCommunityIdAndCode(Long communityId, String code);

    long countByOwnerId(Long ownerId);
}
