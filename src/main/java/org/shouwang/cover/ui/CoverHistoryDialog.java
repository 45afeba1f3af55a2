package org.shouwang.cover.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.shouwang.cover.CoverStep;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The call-for-cover audit of one seat: who offered, took, withdrew or gave it back, and when. */
public class CoverHistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public CoverHistoryDialog(String seat, List<CoverStep> steps) {
        setId("cover-history-dialog");
        setHeaderTitle(getTranslation("cover.history.title", seat));
        setWidth("min(48em, 95vw)");
        if (steps.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("cover.history.none"));
            none.setId("cover-history-none");
            add(none);
        } else {
            Grid<CoverStep> grid = new Grid<>();
            grid.setId("cover-history");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
            grid.setAllRowsVisible(true);
            grid.addColumn(step -> WHEN.format(step.at())).setHeader(getTranslation("cover.history.when"))
                    .setAutoWidth(true).setFlexGrow(0);
            grid.addColumn(CoverStep::actor).setHeader(getTranslation("cover.history.who")).setAutoWidth(true)
                    .setFlexGrow(0);
            grid.addColumn(step -> getTranslation("cover.action." + step.action().name(),
                            step.subject() == null ? "" : step.subject()))
                    .setHeader(getTranslation("cover.history.what")).setFlexGrow(1);
            grid.addColumn(step -> step.detail() == null ? "" : step.detail())
                    .setHeader(getTranslation("cover.history.reason")).setAutoWidth(true);
            grid.setItems(steps);
            add(grid);
        }
        Button close = new Button(getTranslation("cover.close"), e -> close());
        close.setId("cover-history-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(close);
    }
}
