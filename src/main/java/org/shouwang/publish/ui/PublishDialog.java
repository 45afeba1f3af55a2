package org.shouwang.publish.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.publish.PublishingService;
import org.shouwang.publish.SeatChange;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.ui.ShiftText;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.List;

/**
 * The secretary's "Publish" button for the planner's toolbar: it opens the diff of the draft against
 * what volunteers saw last (seat, before, after) and publishes only after the secretary has seen it.
 */
public class PublishDialog extends Composite<Button> {

    private final PublishingService publishing;
    private final Runnable onPublished;
    private RosterWindow window;

    /**
     * @param onPublished called after a publish, e.g. to redraw the board without its change markers
     */
    public PublishDialog(PublishingService publishing, Runnable onPublished) {
        this.publishing = publishing;
        this.onPublished = onPublished;
        getContent().setText(getTranslation("publish.button"));
        getContent().setId("publish-open");
        getContent().addClickListener(e -> open());
        setWindow(null);
    }

    /** The window the board shows, which a publish acts on; {@code null} disables the button. */
    public void setWindow(RosterWindow window) {
        this.window = window;
        getContent().setEnabled(window != null);
    }

    void open() {
        if (window == null) {
            return;
        }
        RosterWindow id = window;
        List<SeatChange> diff = publishing.diff(id);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("publish.title"));
        dialog.setWidth("min(100vw, 56rem)");
        Paragraph intro = new Paragraph(diff.isEmpty() ? getTranslation("publish.nothing")
                : getTranslation("publish.intro", diff.size()));
        intro.setId("publish-intro");
        // Publishing acts on the window only: say which dates it tells volunteers about.
        Paragraph scope = new Paragraph(getTranslation("publish.window", ShiftText.date(this, id.from().atStartOfDay()),
                ShiftText.date(this, id.to().atStartOfDay())));
        scope.setId("publish-window");
        dialog.add(scope, intro);
        if (!diff.isEmpty()) {
            dialog.add(createGrid(diff));
        }
        Button publish = new Button(getTranslation("publish.confirm"), e -> {
            try {
                List<SeatChange> done = publishing.publish(id);
                dialog.close();
                Notification.show(getTranslation("publish.done", done.size()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                onPublished.run();
            } catch (ObjectOptimisticLockingFailureException conflict) {
                dialog.close();
                Notification.show(getTranslation("publish.conflict"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        publish.setId("publish-confirm");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("publish.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, publish);
        dialog.open();
    }

    private Grid<SeatChange> createGrid(List<SeatChange> diff) {
        Grid<SeatChange> grid = new Grid<>();
        grid.setId("publish-diff");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> ShiftText.span(this, c.startsAt(), c.endsAt()))
                .setHeader(getTranslation("publish.col.when")).setAutoWidth(true);
        grid.addColumn(c -> c.compound() + " · " + c.post()).setHeader(getTranslation("publish.col.where"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.seat() + 1).setHeader(getTranslation("publish.col.seat")).setAutoWidth(true);
        grid.addColumn(c -> c.before() == null ? getTranslation("publish.empty") : c.before())
                .setKey("before").setHeader(getTranslation("publish.col.before")).setAutoWidth(true);
        grid.addColumn(c -> c.after() == null ? getTranslation("publish.empty") : c.after())
                .setKey("after").setHeader(getTranslation("publish.col.after")).setAutoWidth(true);
        // A computed result, not a table: every row is already in memory.
        grid.setItems(diff);
        grid.setAllRowsVisible(diff.size() <= 12);
        if (diff.size() > 12) {
            grid.setHeight("24rem");
        }
        return grid;
    }
}
