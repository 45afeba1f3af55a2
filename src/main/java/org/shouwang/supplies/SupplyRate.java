package org.shouwang.supplies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.shouwang.base.AbstractEntity;
import org.shouwang.plan.PostKind;

/** What one person on one shift at a kind of post uses, as the community set it. */
@Entity
@Table(name = "supply_rate")
class SupplyRate extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "post_kind", nullable = false, length = 20)
    private PostKind kind;

    @Column(nullable = false)
    private double masks;

    @Column(nullable = false)
    private double gloves;

    @Column(name = "disinfectant_ml", nullable = false)
    private double disinfectantMl;

    protected SupplyRate() {
    }

    SupplyRate(long communityId, PostKind kind) {
        this.communityId = communityId;
        this.kind = kind;
    }

    PostKind getKind() {
        return kind;
    }

    Rate rate() {
        return new Rate(masks, gloves, disinfectantMl);
    }

    void set(Rate rate) {
        masks = rate.masks();
        gloves = rate.gloves();
        disinfectantMl = rate.disinfectantMl();
    }
}
