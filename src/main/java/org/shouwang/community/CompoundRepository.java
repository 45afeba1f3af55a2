package org.shouwang.community;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CompoundRepository extends JpaRepository<Compound, Long> {

    List<Compound> findByCommunityIdOrderByCode(Long communityId);

    boolean existsByCommunityIdAndCode(Long communityId, String code);

    long countByOwnerId(Long ownerId);
}
