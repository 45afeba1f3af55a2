package org.shouwang.community.ui;

import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityService;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The community the signed-in user is working on, kept for the browser session. A secretary has one;
 * a district admin chooses among all. Views ask this instead of each keeping their own choice.
 */
@SpringComponent
@VaadinSessionScope
public class CommunitySelection implements Serializable {

    private final transient CommunityService communityService;
    private Long selectedId;

    public CommunitySelection(CommunityService communityService) {
        this.communityService = communityService;
    }

    /** The selected community, or the first visible one; empty when the user may see none. */
    public Optional<Community> current() {
        List<Community> visible = communityService.visibleCommunities();
        return visible.stream().filter(c -> c.getId().equals(selectedId)).findFirst()
                .or(() -> visible.stream().findFirst());
    }

    /** The id of {@link #current()}, for service calls. */
    public Optional<Long> currentId() {
        return current().map(Community::getId);
    }

    public List<Community> choices() {
        return communityService.visibleCommunities();
    }

    public void select(Community community) {
        this.selectedId = community.getId();
    }
}
