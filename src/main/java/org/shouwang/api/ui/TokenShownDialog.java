package org.shouwang.api.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.shouwang.api.ApiScope;
import org.shouwang.api.ApiTokenService;

/**
 * Shows a new token's secret exactly once: only its hash is stored, so closing the dialog is the last
 * chance to copy it into the other system.
 */
class TokenShownDialog extends Dialog {

    TokenShownDialog(ApiTokenService.Issued issued) {
        setId("api-token-shown");
        setHeaderTitle(getTranslation("api.tokens.shown.title", issued.token().name()));
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);
        TextField secret = new TextField(getTranslation(issued.token().scope() == ApiScope.READ
                ? "api.tokens.shown.read" : "api.tokens.shown.read-write"));
        secret.setId("api-token-secret");
        secret.setValue(issued.secret());
        secret.setReadOnly(true);
        secret.setWidth("36em");
        secret.getStyle().set("font-family", "monospace");
        // Selected at once, so that copying it is one keystroke.
        secret.addAttachListener(attached -> secret.getElement().executeJs("this.inputElement.select()"));
        add(secret, new Paragraph(getTranslation("api.tokens.shown.once")),
                new Paragraph(getTranslation("api.tokens.shown.usage")));
        Button close = new Button(getTranslation("api.tokens.shown.close"), click -> close());
        close.setId("api-token-shown-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
