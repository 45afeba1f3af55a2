package org.shouwang.community.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CommunitySettings;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * What the secretary sets for the whole community: how much each soft rule of the planner counts
 * (stable teams among them, off until switched on here). A save over someone else's newer one is
 * refused and the form shows what is stored; cancel goes back to it too.
 */
@Route(value = "settings", layout = MainLayout.class)
@Menu(title = "community.settings.menu", order = 85)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class CommunitySettingsView extends VerticalLayout implements TranslatedTitle {

    final CommunitySettingsForm form = new CommunitySettingsForm();

    private final transient CommunityService communityService;
    private final Long communityId;

    public CommunitySettingsView(CommunityService communityService, CommunitySelection selection) {
        this.communityService = communityService;
        this.communityId = selection.currentId().orElse(null);
        setMaxWidth("60em");
        add(new H2(getTranslation("community.settings.title")));
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        form.addSaveListener(e -> save(e.getBean()));
        form.addCancelListener(e -> reload());
        add(form);
        reload();
    }

    private void reload() {
        form.edit(communityService.settings(communityId), true, false);
    }

    private void save(CommunitySettings settings) {
        try {
            form.edit(communityService.saveSettings(communityId, settings), true, false);
            Feedback.success(getTranslation("editing.saved"));
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
            if (e instanceof ObjectOptimisticLockingFailureException) {
                reload();
            }
        }
    }

    @Override
    public String titleKey() {
        return "community.settings.title";
    }
}
