package org.shouwang.duty.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.duty.DutyService;
import org.shouwang.duty.ShiftCoverage;
import org.shouwang.roster.ui.ShiftText;

import java.util.List;

/**
 * The committee member's view of the compounds they are responsible for: every published shift of
 * the next three days, the ones with empty seats first, so a gap is seen before it opens.
 */
@Route(value = "coverage", layout = MainLayout.class)
@Menu(title = "publish.coverage.menu", order = 6)
@RolesAllowed(Roles.COMMITTEE)
public class CommitteeCoverageView extends VerticalLayout implements TranslatedTitle {

    public CommitteeCoverageView(DutyService duties) {
        addClassName("sw-view");
        setPadding(false);
        setMaxWidth("40rem");
        setWidthFull();
        H2 title = new H2(getTranslation("publish.coverage.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        add(title);
        List<ShiftCoverage> shifts = duties.coverageOfMyCompounds();
        if (shifts.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("publish.coverage.none"));
            none.setId("coverage-none");
            add(none);
        }
        Div list = new Div();
        list.setId("coverage-list");
        list.setWidthFull();
        shifts.forEach(s -> list.add(createRow(s)));
        add(list);
    }

    @Override
    public String titleKey() {
        return "publish.coverage.title";
    }

    private Component createRow(ShiftCoverage shift) {
        Div row = new Div();
        row.addClassName("sw-card");
        row.addClassName("sw-coverage-row");
        row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        if (shift.empty() > 0) {
            row.getStyle().set("border-left", "4px solid var(--shouwang-empty, var(--lumo-error-color))");
        }
        Span count = new Span(getTranslation("publish.coverage.count", shift.filled(), shift.seats()));
        count.getElement().getThemeList().add(shift.empty() > 0 ? "badge error" : "badge success");
        Div head = new Div(new Span(shift.compound() + " · " + shift.post() + " "), count);
        Div when = new Div(ShiftText.span(this, shift.startsAt(), shift.endsAt()));
        when.addClassName("sw-muted");
        Div names = new Div(shift.names().isEmpty() ? getTranslation("publish.coverage.nobody")
                : String.join(getTranslation("editing.list-separator"), shift.names()));
        row.add(head, when, names);
        return row;
    }
}
