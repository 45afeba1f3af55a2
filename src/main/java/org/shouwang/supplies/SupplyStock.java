package org.shouwang.supplies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;

/** The supplies on hand in one compound, as the secretary last counted them. */
@Entity
@Table(name = "supply_stock")
class SupplyStock extends AbstractEntity {

    @Column(name = "compound_id", nullable = false, unique = true)
    private long compoundId;

    @Column(nullable = false)
    private int masks;

    @Column(nullable = false)
    private int gloves;

    @Column(name = "disinfectant_ml", nullable = false)
    private int disinfectantMl;

    @Column(nullable = false)
    private int thermometers;

    protected SupplyStock() {
    }

    SupplyStock(long compoundId) {
        this.compoundId = compoundId;
    }

    long getCompoundId() {
        return compoundId;
    }

    Stock stock() {
        return new Stock(masks, gloves, disinfectantMl, thermometers);
    }

    void set(Stock stock) {
        masks = stock.masks();
        gloves = stock.gloves();
        disinfectantMl = stock.disinfectantMl();
        thermometers = stock.thermometers();
    }
}
