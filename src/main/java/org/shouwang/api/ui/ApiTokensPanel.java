package org.shouwang.api.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.api.ApiPaths;
import org.shouwang.api.ApiScope;
import org.shouwang.api.ApiTokenRow;
import org.shouwang.api.ApiTokenService;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.PublicAddress;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The community's tokens for the HTTP API, on the accounts page: make one (its secret is shown once),
 * see who made which and when each was last used, and revoke one.
 */
public class ApiTokensPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ApiTokenService tokens;
    private final long communityId;
    private final Grid<ApiTokenRow> grid = new Grid<>();
    private final TextField name = new TextField();
    private final RadioButtonGroup<ApiScope> scope = new RadioButtonGroup<>();

    public ApiTokensPanel(ApiTokenService tokens, long communityId) {
        this.tokens = tokens;
        this.communityId = communityId;
        setId("api-tokens");
        setPadding(false);
        Anchor docs = new Anchor(ApiPaths.DOCS, getTranslation("api.tokens.docs"));
        docs.setTarget("_blank");
        // What the other system needs besides its token: where this community is.
        Paragraph address = new Paragraph(getTranslation("api.tokens.address",
                PublicAddress.of(ApiPaths.ROOT + "/communities/" + communityId)));
        address.setId("api-address");
        add(new H3(getTranslation("api.tokens.title")),
                new Paragraph(getTranslation("api.tokens.intro")), address, docs, createForm(), createGrid());
        refresh();
    }

    private Component createForm() {
        name.setId("api-token-name");
        name.setLabel(getTranslation("api.tokens.name"));
        name.setMaxLength(ApiTokenService.NAME_LENGTH);
        scope.setId("api-token-scope");
        scope.setLabel(getTranslation("api.tokens.scope"));
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(this::scopeText);
        scope.setValue(ApiScope.READ);
        Button create = new Button(getTranslation("api.tokens.create"), click -> create());
        create.setId("api-token-create");
        HorizontalLayout form = new HorizontalLayout(name, scope, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Component createGrid() {
        grid.setId("api-tokens-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("api.tokens.name")).setAutoWidth(true);
        grid.addColumn(row -> scopeText(row.scope())).setHeader(getTranslation("api.tokens.scope")).setAutoWidth(true);
        grid.addColumn(row -> row.createdBy() + ", " + when(row.createdAt()))
                .setHeader(getTranslation("api.tokens.created")).setAutoWidth(true);
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("api.tokens.never") : when(row.lastUsedAt()))
                .setKey("last-used").setHeader(getTranslation("api.tokens.last-used")).setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("action").setAutoWidth(true);
        return grid;
    }

    private String scopeText(ApiScope value) {
        return getTranslation(value == ApiScope.READ ? "api.tokens.scope.read" : "api.tokens.scope.read-write");
    }

    private static String when(LocalDateTime at) {
        return WHEN.format(at);
    }

    private Component revokeButton(ApiTokenRow row) {
        Button revoke = new Button(getTranslation("api.tokens.revoke"), click -> confirmRevoke(row));
        revoke.setId("api-token-revoke-" + row.id());
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return revoke;
    }

    private void create() {
        try {
            ApiTokenService.Issued issued = tokens.create(communityId, name.getValue(), scope.getValue());
            name.clear();
            name.setInvalid(false);
            new TokenShownDialog(issued).open();
        } catch (IllegalArgumentException refused) {
            name.setErrorMessage(Feedback.explain(this, refused));
            name.setInvalid(true);
        }
        refresh();
    }

    private void confirmRevoke(ApiTokenRow row) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("api-token-revoke-confirm");
        confirm.setHeader(getTranslation("api.tokens.revoke.title", row.name()));
        confirm.setText(getTranslation("api.tokens.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editing.cancel"));
        confirm.setConfirmText(getTranslation("api.tokens.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            tokens.revoke(row.id());
            Feedback.success(getTranslation("api.tokens.revoked", row.name()));
            refresh();
        });
        confirm.open();
    }

    /** A community has at most {@value ApiTokenService#MAX_ACTIVE} tokens: the grid holds them all. */
    private void refresh() {
        grid.setItems(tokens.tokens(communityId));
    }
}
