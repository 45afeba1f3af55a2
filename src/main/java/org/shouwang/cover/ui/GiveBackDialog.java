package org.shouwang.cover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import org.shouwang.cover.OfferRefusedException;
import org.shouwang.cover.CoverService;


/**
 * "I can't make it": the volunteer gives a duty back with a reason. Far enough ahead it is offered at
 * once, closer the secretary confirms first; either way it stays theirs until someone takes it.
 */
public class GiveBackDialog extends Dialog {

    public GiveBackDialog(CoverService cover, long assignmentId, String shift, Runnable onDone) {
        setId("cover-give-back-dialog");
        setHeaderTitle(getTranslation("cover.give-back.title"));
        setWidth("min(100vw, 28rem)");
        add(new Paragraph(getTranslation("cover.give-back.explain", shift)));
        TextArea reason = new TextArea(getTranslation("cover.give-back.reason"));
        reason.setId("cover-give-back-reason");
        reason.setRequired(true);
        reason.setMaxLength(200);
        reason.setWidthFull();
        add(reason);
        Button send = new Button(getTranslation("cover.give-back.send"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("cover.give-back.required"));
                return;
            }
            try {
                CoverService.GiveBack result = cover.giveBack(assignmentId, reason.getValue());
                Notification.show(getTranslation("cover.give-back." + result.name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (OfferRefusedException refused) {
                Notification.show(getTranslation("cover.refused." + refused.why().name()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            close();
            onDone.run();
        });
        send.setId("cover-give-back-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("cover.give-back.cancel"), e -> close());
        cancel.setId("cover-give-back-cancel");
        getFooter().add(cancel, send);
    }
}
