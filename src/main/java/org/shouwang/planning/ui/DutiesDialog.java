package org.shouwang.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.VolunteerDuties;

import java.time.format.DateTimeFormatter;

/** One volunteer's duties in the roster, and their hours per week against their maximum. */
class DutiesDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d E HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("M/d");

    DutiesDialog(VolunteerDuties duties) {
        setId("duties-dialog");
        setHeaderTitle(getTranslation("roster.planner.duties.title", duties.name(), duties.code()));
        setWidth("min(40em, 95vw)");
        duties.hoursPerWeek().forEach((monday, hours) -> {
            Div week = new Div();
            week.addClassName("sw-week-load");
            week.add(new Span(getTranslation("roster.planner.duties.week", DAY.format(monday),
                    SeatDialog.formatHours(hours), SeatDialog.formatHours(duties.maxHoursPerWeek()))));
            ProgressBar bar = new ProgressBar(0, Math.max(duties.maxHoursPerWeek(), hours), hours);
            if (hours > duties.maxHoursPerWeek()) {
                bar.addClassName("sw-over");
            }
            week.add(bar);
            add(week);
        });
        Grid<RosterBoard.Seat> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(duties.duties().size() <= 20);
        grid.addColumn(s -> WHEN.withLocale(getLocale()).format(s.start()) + "–" + TIME.format(s.end()))
                .setHeader(getTranslation("roster.planner.duties.when")).setAutoWidth(true);
        grid.addColumn(RosterBoard.Seat::postName).setHeader(getTranslation("roster.planner.duties.post")).setAutoWidth(true);
        grid.addColumn(s -> s.pinned() ? getTranslation("roster.planner.seat.pinned") : "")
                .setHeader(getTranslation("roster.planner.duties.pinned"));
        grid.setItems(duties.duties());
        add(grid);
        if (duties.duties().isEmpty()) {
            add(new Div(new Span(getTranslation("roster.planner.duties.none"))));
        }
        getFooter().add(new Button(getTranslation("roster.planner.close"), e -> close()));
    }
}
