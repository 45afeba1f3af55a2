package org.shouwang.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.api.ApiTokenService;
import org.shouwang.api.ui.ApiTokensPanel;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.PublicAddress;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.security.AccountException;
import org.shouwang.security.AccountRow;
import org.shouwang.security.AccountService;
import org.shouwang.security.AccountService.Credential;
import org.shouwang.security.AccountService.MissingAccounts;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * The secretary's list of the community's volunteers with their sign-in status: give a volunteer an
 * account (their phone number is the username) or reset a forgotten password. Either shows a one-time
 * password once. A search narrows the list by name or phone number; one action gives everyone without an
 * account one. New one-time passwords come as a printable list with the sign-in address. Below, the
 * community's tokens for the HTTP API.
 */
@Route(value = "accounts", layout = MainLayout.class)
@Menu(title = "security.accounts.menu", order = 80)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class AccountsView extends VerticalLayout implements TranslatedTitle {

    private final transient AccountService accountService;
    private final transient Clock clock;
    private final Grid<AccountRow> grid = new Grid<>();
    private final TextField search = new TextField();

    public AccountsView(AccountService accountService, ApiTokenService apiTokens, CommunitySelection selection,
                        Clock clock) {
        this.accountService = accountService;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("security.accounts.title")));
        selection.current().ifPresentOrElse(community -> {
            add(new Paragraph(getTranslation("security.accounts.intro", community.getName())));
            configureGrid(community.getId());
            add(toolbar(community.getId()));
            addAndExpand(grid);
            // The tokens' panel below took all but two rows of the height (a sliver on a phone): the list
            // keeps room for ten rows and the page scrolls instead.
            grid.setMinHeight("22em");
            add(new ApiTokensPanel(apiTokens, community.getId()));
        }, () -> add(new Paragraph(getTranslation("security.accounts.no-community"))));
    }

    private Component toolbar(long communityId) {
        search.setId("accounts-search");
        search.setPlaceholder(getTranslation("security.accounts.search"));
        search.setAriaLabel(getTranslation("security.accounts.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        Button createAll = new Button(getTranslation("security.accounts.create-all"),
                click -> confirmCreateAll(communityId));
        createAll.setId("create-all-accounts");
        HorizontalLayout toolbar = new HorizontalLayout(search, createAll);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
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
        grid.addComponentColumn(this::devices).setKey("devices")
                .setHeader(getTranslation("security.accounts.devices")).setAutoWidth(true);
        grid.setItems(query -> accountService.volunteerAccounts(communityId, search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
    }

    private void confirmCreateAll(long communityId) {
        MissingAccounts missing = accountService.missingAccounts(communityId);
        if (missing.creatable().isEmpty()) {
            Notification.show(missing.impossible().isEmpty()
                    ? getTranslation("security.accounts.create-all.none")
                    : getTranslation("security.accounts.create-all.impossible", String.join(getTranslation("editing.list-separator"), missing.impossible())),
                    5000, Notification.Position.MIDDLE);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("create-all-confirm");
        confirm.setHeader(getTranslation("security.accounts.create-all"));
        String text = getTranslation("security.accounts.create-all.text", missing.creatable().size());
        if (!missing.impossible().isEmpty()) {
            text += " " + getTranslation("security.accounts.create-all.impossible",
                    String.join(getTranslation("editing.list-separator"), missing.impossible()));
        }
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("security.accounts.create-all.cancel"));
        confirm.setConfirmText(getTranslation("security.accounts.create-all.confirm", missing.creatable().size()));
        confirm.addConfirmListener(e -> showList(() -> accountService.createMissingAccounts(communityId)));
        confirm.open();
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
            button = new Button(getTranslation("security.accounts.reset"), click -> showList(() -> List.of(
                    new Credential(row.name(), row.phone(), accountService.resetPassword(row.accountId())))));
            button.setId("reset-" + row.volunteerId());
        } else {
            button = new Button(getTranslation("security.accounts.create"), click -> showList(() -> List.of(
                    new Credential(row.name(), row.phone(), accountService.createVolunteerAccount(row.volunteerId())))));
            button.setId("create-" + row.volunteerId());
            button.setEnabled(row.phone() != null && !row.phone().isBlank());
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    /**
     * How many devices keep the account signed in, and signing it out on all of them (a lost phone): its
     * open sessions end too, and it signs in again with its password.
     */
    private Component devices(AccountRow row) {
        if (!row.hasAccount()) {
            return new Span();
        }
        Span count = new Span(String.valueOf(row.rememberedDevices()));
        count.addClassName("sw-device-count");
        Button signOut = new Button(getTranslation("security.accounts.sign-out-everywhere"), click -> {
            accountService.signOutEverywhere(row.accountId());
            Notification.show(getTranslation("security.accounts.signed-out-everywhere", row.name()), 4000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            grid.getDataProvider().refreshAll();
        });
        signOut.setId("sign-out-everywhere-" + row.volunteerId());
        signOut.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout cell = new HorizontalLayout(count, signOut);
        cell.setAlignItems(Alignment.BASELINE);
        return cell;
    }

    private void showList(Supplier<List<Credential>> action) {
        try {
            new SignInListDialog(action.get(), signInAddress()).open();
        } catch (AccountException problem) {
            Notification.show(getTranslation(problem.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        grid.getDataProvider().refreshAll();
    }

    /** Where volunteers sign in, as this request reached the server (behind a proxy: its public address). */
    private static String signInAddress() {
        return PublicAddress.of("/login");
    }

    @Override
    public String titleKey() {
        return "security.accounts.title";
    }
}
