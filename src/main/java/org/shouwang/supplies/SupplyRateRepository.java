package org.shouwang.supplies;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SupplyRateRepository extends JpaRepository<SupplyRate, Long> {

    List<SupplyRate> findByCommunityId(long communityId);
}
