package org.shouwang.demand;

import org.shouwang.base.ReferenceCounter;
import org.shouwang.base.Usage;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.springframework.stereotype.Component;

import java.util.List;

/** Demand uses its post, and so the post's compound. */
@Component
class DemandReferences implements ReferenceCounter {

    private final DemandRepository demands;

    DemandReferences(DemandRepository demands) {
        this.demands = demands;
    }

    @Override
    public List<Usage> usagesOf(Class<?> type, long id) {
        if (type == Post.class) {
            return List.of(new Usage("editing.used.demands", demands.countByPostId(id)));
        }
        if (type == Compound.class) {
            return List.of(new Usage("editing.used.demands", demands.countByPostCompoundId(id)));
        }
        return List.of();
    }
}
