package org.shouwang.exposure;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ExposureLookupRepository extends JpaRepository<ExposureLookup, Long> {

    List<ExposureLookup> findByCommunityIdOrderByLookedUpAtDesc(long communityId, Pageable pageable);

    long countByCommunityId(long communityId);
}
