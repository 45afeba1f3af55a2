package org.shouwang.cover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.cover.CoverService;

import java.time.LocalDate;

/**
 * Offers every empty published seat of a date range at once (a committee member's call covers the
 * compounds they own).
 */
public class OfferRangeDialog extends Dialog {

    public OfferRangeDialog(CoverService cover, long communityId, LocalDate from, LocalDate to, Runnable onDone) {
        setId("cover-offer-range-dialog");
        setHeaderTitle(getTranslation("cover.range.title"));
        setWidth("min(100vw, 28rem)");
        add(new Paragraph(getTranslation(cover.isPlanner() ? "cover.range.explain" : "cover.range.explain.owned")));
        DatePicker first = new DatePicker(getTranslation("cover.range.from"), from);
        first.setId("cover-range-from");
        DatePicker last = new DatePicker(getTranslation("cover.range.to"), to);
        last.setId("cover-range-to");
        BuiltInTexts.translate(first, last);
        add(first, last);
        Button offer = new Button(getTranslation("cover.range.offer"), e -> {
            if (first.getValue() == null || last.getValue() == null || last.getValue().isBefore(first.getValue())) {
                Notification.show(getTranslation("cover.range.invalid")).addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            int count = cover.offerEmptySeats(communityId, first.getValue(), last.getValue());
            Notification.show(getTranslation("cover.range.done", count)).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            onDone.run();
        });
        offer.setId("cover-range-offer");
        offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("cover.cancel"), e -> close());
        cancel.setId("cover-range-cancel");
        getFooter().add(cancel, offer);
    }
}
