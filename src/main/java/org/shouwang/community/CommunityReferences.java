package org.shouwang.community;

import org.shouwang.base.ReferenceCounter;
import org.shouwang.base.Usage;
import org.springframework.stereotype.Component;

import java.util.List;

/** A compound is used by its posts. */
@Component
class CommunityReferences implements ReferenceCounter {

    private final PostRepository posts;

    CommunityReferences(PostRepository posts) {
        this.posts = posts;
    }

    @Override
    public List<Usage> usagesOf(Class<?> type, long id) {
        if (type == Compound.class) {
            return List.of(new Usage("editing.used.posts", posts.countByCompoundId(id)));
        }
        return List.of();
    }
}
