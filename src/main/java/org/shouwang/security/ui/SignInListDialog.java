package org.shouwang.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.shouwang.security.AccountService.Credential;

import java.util.List;

/**
 * New one-time passwords as a printable list: name, phone (the sign-in name), password and the address
 * to sign in at. The passwords are not stored anywhere readable, so this dialog is the only chance to
 * print or pass them on. Printing shows this list only (see the theme's {@code @media print}).
 */
class SignInListDialog extends Dialog {

    static final String PASSWORD_CLASS = "sw-otp-password";

    SignInListDialog(List<Credential> credentials, String signInAddress) {
        setHeaderTitle(getTranslation("security.otp.list.title"));
        addClassName("sw-print-dialog");
        setCloseOnOutsideClick(false);
        setCloseOnEsc(false);

        NativeTable table = new NativeTable();
        table.setId("sign-in-list");
        table.addClassName("sw-sign-in-list");
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("security.accounts.name", "security.otp.list.phone", "security.otp.list.password")) {
            header.add(new NativeTableHeaderCell(getTranslation(key)));
        }
        table.getHead().add(header);
        NativeTableBody body = table.getBody();
        for (Credential credential : credentials) {
            Span password = new Span(credential.oneTimePassword());
            password.addClassName(PASSWORD_CLASS);
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableCell(credential.name()), new NativeTableCell(credential.phone()),
                    new NativeTableCell(password));
            body.add(row);
        }
        Paragraph address = new Paragraph(getTranslation("security.otp.list.address", signInAddress));
        address.setId("sign-in-address");
        add(table, address, new Paragraph(getTranslation("security.otp.once")));

        Button print = new Button(getTranslation("security.otp.list.print"),
                click -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("sign-in-list-print");
        Button close = new Button(getTranslation("security.otp.close"), click -> close());
        close.setId("one-time-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(print, close);
    }
}
