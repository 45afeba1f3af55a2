package org.shouwang.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityService;
import org.shouwang.security.Account;
import org.shouwang.security.AccountException;
import org.shouwang.security.AccountService;

import java.util.List;
import java.util.Map;

/**
 * The district admin's page: every community with its secretaries, a new community with its first
 * secretary, and a new one-time password for a secretary who forgot theirs.
 */
@Route(value = "admin/communities", layout = MainLayout.class)
@Menu(title = "security.communities.menu", order = 90)
@RolesAllowed(Roles.DISTRICT_ADMIN)
public class CommunitiesAdminView extends VerticalLayout implements TranslatedTitle {

    private final transient AccountService accountService;
    private final transient CommunityService communityService;
    private final Grid<Community> grid = new Grid<>();
    private Map<Long, List<Account>> secretaries = Map.of();

    public CommunitiesAdminView(AccountService accountService, CommunityService communityService) {
        this.accountService = accountService;
        this.communityService = communityService;
        setSizeFull();
        add(new H2(getTranslation("security.communities.title")), createForm());
        grid.setId("communities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Community::getName).setHeader(getTranslation("security.communities.name")).setAutoWidth(true);
        grid.addComponentColumn(this::secretaryButtons).setKey("secretaries")
                .setHeader(getTranslation("security.communities.secretaries")).setFlexGrow(1);
        addAndExpand(grid);
        refresh();
    }

    private Component createForm() {
        TextField name = new TextField(getTranslation("security.communities.name"));
        name.setId("new-community-name");
        TextField secretary = new TextField(getTranslation("security.communities.secretary-username"));
        secretary.setId("new-community-secretary");
        Button create = new Button(getTranslation("security.communities.create"), click -> {
            try {
                AccountService.NewCommunity created = accountService.createCommunityWithSecretary(
                        name.getValue(), secretary.getValue());
                new OneTimePasswordDialog(created.secretary(), created.oneTimePassword()).open();
                name.clear();
                secretary.clear();
                refresh();
            } catch (AccountException problem) {
                Notification.show(getTranslation(problem.messageKey()), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        create.setId("new-community-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, secretary, create);
        form.setId("new-community-form");
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        // Two fields and the button are wider than a phone: what does not fit goes below.
        form.setWrap(true);
        return form;
    }

    /** One button per secretary: a click gives that secretary a one-time password. */
    private Component secretaryButtons(Community community) {
        HorizontalLayout buttons = new HorizontalLayout();
        for (Account account : secretaries.getOrDefault(community.getId(), List.of())) {
            Button reset = new Button(getTranslation("security.communities.reset", account.getUsername()),
                    click -> new OneTimePasswordDialog(account.getUsername(),
                            accountService.resetPassword(account.getId())).open());
            reset.setId("reset-secretary-" + account.getId());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(reset);
        }
        return buttons;
    }

    private void refresh() {
        secretaries = accountService.secretariesByCommunity();
        grid.setItems(communityService.visibleCommunities());
    }

    @Override
    public String titleKey() {
        return "security.communities.title";
    }
}
