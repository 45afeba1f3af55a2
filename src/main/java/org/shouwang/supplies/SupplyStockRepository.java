package org.shouwang.supplies;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface SupplyStockRepository extends JpaRepository<SupplyStock, Long> {

    List<SupplyStock> findByCompoundIdIn(Collection<Long> compoundIds);

    Optional<SupplyStock> findByCompoundId(long compoundId);
}
