package org.shouwang.overview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.supplies.SuppliesService;
import org.shouwang.supplies.ui.SuppliesHeadline;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.overview.CommunityOverviewService;
import org.shouwang.overview.CommunityOverviewService.CommunityOverview;
import org.shouwang.overview.CommunityOverviewService.CompoundSummary;
import org.shouwang.overview.CommunityOverviewService.DaySeats;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The community at a glance, the first page after signing in: its compounds with their posts, households
 * and owners, who can be rostered, and how many seats the coming week needs.
 */
@Route(value = "", layout = MainLayout.class)
@Menu(title = "roster.overview.menu", order = 0)
@RolesAllowed({Roles.SECRETARY, Roles.COMMITTEE, Roles.DISTRICT_ADMIN})
public class OverviewView extends VerticalLayout implements TranslatedTitle {

    public OverviewView(CommunityOverviewService overviews, SuppliesService supplies, CommunitySelection selection) {
        setMaxWidth("80em");
        selection.currentId().ifPresentOrElse(
                id -> {
                    show(overviews.overview(id));
                    addComponentAtIndex(1, new SuppliesHeadline(supplies, id));
                },
                () -> add(new H2(getTranslation("roster.overview.title")),
                        new Paragraph(getTranslation("roster.overview.none"))));
    }

    @Override
    public String titleKey() {
        return "roster.overview.title";
    }

    private void show(CommunityOverview overview) {
        H2 title = new H2(overview.name());
        title.setId("overview-community");
        add(title, createTotals(overview), new H3(getTranslation("roster.overview.roles")), createRoles(overview),
                new H3(getTranslation("roster.overview.week")), createWeek(overview),
                new H3(getTranslation("roster.overview.compounds")), createCompounds(overview));
    }

    private FlexLayout createTotals(CommunityOverview overview) {
        return cards(
                card("compounds", overview.compounds().size(), getTranslation("roster.overview.figure.compounds")),
                card("households", overview.households(), getTranslation("roster.overview.figure.households")),
                card("posts", overview.posts(), getTranslation("roster.overview.figure.posts")),
                card("volunteers", overview.volunteers(), getTranslation("roster.overview.figure.volunteers")),
                card("seats", overview.seatsAhead(), getTranslation("roster.overview.figure.seats")),
                card("cover", overview.seatsNeedingCover(), getTranslation("roster.overview.figure.cover")));
    }

    private FlexLayout createRoles(CommunityOverview overview) {
        FlexLayout roles = cards();
        for (VolunteerRole role : VolunteerRole.values()) {
            roles.add(card("role-" + role.name(), overview.volunteersByRole().get(role),
                    getTranslation("roster.overview.role." + role.name())));
        }
        return roles;
    }

    private FlexLayout createWeek(CommunityOverview overview) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("M/d EEE", getLocale());
        FlexLayout week = cards();
        for (DaySeats day : overview.seatsPerDay()) {
            week.add(card("day-" + day.date(), day.seats(), day.date().format(format)));
        }
        return week;
    }

    private Grid<CompoundSummary> createCompounds(CommunityOverview overview) {
        Grid<CompoundSummary> grid = new Grid<>();
        grid.setId("overview-compounds");
        grid.addColumn(c -> c.name() + " (" + c.code() + ")").setHeader(getTranslation("roster.overview.compound.name"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.households() == null ? "" : number(c.households()))
                .setHeader(getTranslation("roster.overview.compound.households")).setAutoWidth(true);
        grid.addColumn(c -> c.ownerName() == null ? getTranslation("roster.overview.compound.noOwner") : c.ownerName())
                .setHeader(getTranslation("roster.overview.compound.owner")).setAutoWidth(true);
        grid.addColumn(CompoundSummary::residents).setHeader(getTranslation("roster.overview.compound.residents"))
                .setAutoWidth(true);
        // Leave reported after planning leaves seats that someone must cover: a secretary plans for them first.
        grid.addColumn(c -> number(c.seatsNeedingCover())).setKey("cover")
                .setHeader(getTranslation("roster.overview.compound.cover")).setAutoWidth(true)
                .setPartNameGenerator(c -> c.seatsNeedingCover() > 0 ? "sw-needs-cover" : null);
        grid.addColumn(c -> c.posts().stream()
                        .map(p -> p.name() + " · " + getTranslation("roster.overview.kind." + p.kind().name()))
                        .collect(Collectors.joining(getTranslation("editing.list-separator"))))
                .setHeader(getTranslation("roster.overview.compound.posts")).setKey("posts").setFlexGrow(1);
        // A community has 7–15 compounds: the list is short and never grows much.
        grid.setItems(overview.compounds());
        grid.setAllRowsVisible(true);
        // The posts' list runs to 600 px: it wraps in the room the other columns leave instead of ending in "…".
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private static FlexLayout cards(Component... cards) {
        FlexLayout layout = new FlexLayout(cards);
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-s)");
        layout.setWidthFull();
        return layout;
    }

    private Div card(String id, long value, String label) {
        Span figure = new Span(number(value));
        figure.setId("figure-" + id);
        figure.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("line-height", "1.1");
        Span caption = new Span(label);
        caption.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        Div card = new Div(figure, caption);
        card.addClassName("figure-card");
        card.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "7em")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-base-color)");
        return card;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }
}
