package org.shouwang.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a one-time password exactly once: it is not stored anywhere readable, so closing the dialog
 * is the last chance to pass it on.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String password) {
        setHeaderTitle(getTranslation("security.otp.title"));
        setCloseOnOutsideClick(false);
        Span code = new Span(password);
        code.setId("one-time-password");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xxl)")
                .set("letter-spacing", "0.1em");
        add(new Paragraph(getTranslation("security.otp.for", username)), code,
                new Paragraph(getTranslation("security.otp.once")));
        Button close = new Button(getTranslation("security.otp.close"), click -> close());
        close.setId("one-time-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }
}
