package org.shouwang.planning.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import org.shouwang.base.Weekdays;
import org.shouwang.roster.CoverageRow;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Coverage per compound and time band, and the recruiting list: how many more people, free when,
 * would fill the empty seats of each compound.
 */
class CoveragePanel extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    CoveragePanel(List<CoverageRow> rows) {
        setId("planner-coverage");
        addClassName("sw-panel");
        add(new H3(getTranslation("roster.planner.coverage.title")));

        UnorderedList needs = new UnorderedList();
        needs.setId("planner-needs");
        rows.stream().filter(r -> r.peopleNeeded() > 0).forEach(r -> needs.add(new ListItem(
                getTranslation("roster.planner.coverage.need", r.peopleNeeded(), days(r.emptyDays()),
                        TIME.format(r.from()), TIME.format(r.to()), r.compoundName()))));
        if (needs.getChildren().findAny().isEmpty()) {
            needs.add(new ListItem(getTranslation("roster.planner.coverage.none")));
        }
        add(new H3(getTranslation("roster.planner.coverage.recruit")), needs);

        Grid<CoverageRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(rows.size() <= 30);
        grid.addColumn(CoverageRow::compoundName).setHeader(getTranslation("roster.planner.coverage.compound")).setAutoWidth(true);
        grid.addColumn(r -> TIME.format(r.from()) + "–" + TIME.format(r.to()))
                .setHeader(getTranslation("roster.planner.coverage.band")).setAutoWidth(true);
        grid.addColumn(CoverageRow::seats).setHeader(getTranslation("roster.planner.coverage.seats"));
        grid.addColumn(CoverageRow::filled).setHeader(getTranslation("roster.planner.coverage.filled"));
        grid.addColumn(CoverageRow::empty).setHeader(getTranslation("roster.planner.coverage.empty"));
        grid.addColumn(CoverageRow::peopleNeeded).setHeader(getTranslation("roster.planner.coverage.people"));
        grid.setItems(rows);
        add(grid);
    }

    private String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return getTranslation("roster.planner.days.all");
        }
        if (days.equals(WEEKDAYS)) {
            return getTranslation("roster.planner.days.weekdays");
        }
        if (days.equals(WEEKEND)) {
            return getTranslation("roster.planner.days.weekend");
        }
        return days.stream().sorted().map(d -> Weekdays.shortName(d, getLocale()))
                .collect(Collectors.joining(getTranslation("editing.list-separator")));
    }
}
