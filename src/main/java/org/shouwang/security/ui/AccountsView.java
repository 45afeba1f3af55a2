package org.shouwang.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.security.AccountException;
import org.shouwang.security.AccountRow;
import org.shouwang.security.AccountService;

import java.time.Clock;

/**
 * The secretary's list of the community's volunteers with their sign-in status: give a volunteer an
 * account (their phone number is the username) or reset a forgotten password. Either shows a one-time
 * password once.
 */
@Route(value = "accounts", layout = MainLayout.class)
@Menu(title = "security.accounts.menu", order = 80)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class AccountsView extends VerticalLayout implements TranslatedTitle {

    private final transient AccountService accountService;
    private final transient Clock clock;
    private final Grid<AccountRow> grid = new Grid<>();

    public AccountsView(AccountService accountService, CommunitySelection selection, Clock clock) {
        this.accountService = accountService;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("security.accounts.title")));
        selection.current().ifPresentOrElse(community -> {
            add(new Paragraph(getTranslation("security.accounts.intro", community.getName())));
            configureGrid(community.getId());
            addAndExpand(grid);
        }, () -> add(new Paragraph(getTranslation("security.accounts.no-community"))));
    }

    private void configureGrid(long communityId) {
        grid.setId("accounts-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(AccountRow::code).setHeader(getTranslation("security.accounts.code")).setAutoWidth(true);
        grid.addColumn(AccountRow::name).setHeader(getTranslation("security.accounts.name")).setAutoWidth(true);
        grid.addColumn(AccountRow::phone).setHeader(getTranslation("security.accounts.phone")).setAutoWidth(true);
        grid.addComponentColumn(this::status).setKey("status")
                .setHeader(getTranslation("security.accounts.status")).setAutoWidth(true);
        grid.addComponentColumn(this::action).setKey("action")
                .setHeader(getTranslation("security.accounts.action")).setAutoWidth(true);
        grid.setItems(query -> accountService
                .volunteerAccounts(communityId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private Component status(AccountRow row) {
        String key;
        if (!row.hasAccount()) {
            key = "security.accounts.status.none";
        } else if (row.lockedAt(clock.instant())) {
            key = "security.accounts.status.locked";
        } else if (Boolean.TRUE.equals(row.mustChangePassword())) {
            key = "security.accounts.status.one-time";
        } else {
            key = "security.accounts.status.active";
        }
        return new Span(getTranslation(key));
    }

    private Component action(AccountRow row) {
        Button button;
        if (row.hasAccount()) {
            button = new Button(getTranslation("security.accounts.reset"),
                    click -> showPassword(row.username(), () -> accountService.resetPassword(row.accountId())));
            button.setId("reset-" + row.volunteerId());
        } else {
            button = new Button(getTranslation("security.accounts.create"),
                    click -> showPassword(row.phone(), () -> accountService.createVolunteerAccount(row.volunteerId())));
            button.setId("create-" + row.volunteerId());
            button.setEnabled(row.phone() != null && !row.phone().isBlank());
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private void showPassword(String username, java.util.function.Supplier<String> action) {
        try {
            new OneTimePasswordDialog(username, action.get()).open();
        } catch (AccountException problem) {
            Notification.show(getTranslation(problem.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String titleKey() {
        return "security.accounts.title";
    }
}
