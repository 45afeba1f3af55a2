package org.shouwang.exposure.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.exposure.Contact;
import org.shouwang.exposure.ExposureList;
import org.shouwang.exposure.ExposureLookup;
import org.shouwang.exposure.ExposureQuery;
import org.shouwang.exposure.ExposureService;
import org.shouwang.exposure.ExposureWorkbook;
import org.shouwang.roster.ShiftTimes;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerRow;
import org.shouwang.volunteer.VolunteerService;
import org.springframework.data.domain.PageRequest;

import java.io.ByteArrayInputStream;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Contact tracing for a positive case: pick the person and the days (the last 14 by default), get
 * everyone who shared a shift with them, with dates, posts, hours and phones; export it. Every lookup
 * is logged, and the log shows below.
 */
@Route(value = "exposure", layout = MainLayout.class)
@Menu(title = "exposure.menu", order = 45)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class ExposureView extends VerticalLayout implements TranslatedTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final transient ExposureService service;
    private final transient ExposureWorkbook workbook;
    private final Long communityId;
    final ComboBox<VolunteerRow> person = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Checkbox neighbours = new Checkbox();
    final Checkbox secondDegree = new Checkbox();
    final Button find = new Button();
    final Span summary = new Span();
    final Grid<Contact> contacts = new Grid<>();
    final Grid<ExposureLookup> log = new Grid<>();
    final Anchor export;
    /** The list the export downloads; the download runs on a request of its own. */
    private volatile ExposureList shown;
    private volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    public ExposureView(ExposureService service, ExposureWorkbook workbook, VolunteerService volunteers,
                        CommunitySelection selection, Clock clock) {
        this.service = service;
        this.workbook = workbook;
        this.communityId = selection.currentId().orElse(null);
        this.export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = workbook.write(shown, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation("exposure.file", shown.name(), shown.query().to().toString()) + ".xlsx", XLSX,
                    bytes.length);
        }), getTranslation("exposure.export"));
        setMaxWidth("80em");
        add(new H2(getTranslation("exposure.title")));
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        add(new Paragraph(getTranslation("exposure.hint")), createQuery(volunteers, clock), createResult(),
                createLog());
    }

    @Override
    public String titleKey() {
        return "exposure.title";
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        locale = event.getUI().getLocale();
    }

    private HorizontalLayout createQuery(VolunteerService volunteers, Clock clock) {
        person.setId("exposure-person");
        person.setLabel(getTranslation("exposure.person"));
        person.setWidth("18em");
        // Found by name, code or phone, a page at a time: a community has hundreds of people.
        person.setItems(query -> volunteers.page(communityId, VolunteerQuery.all().withText(query.getFilter().orElse("")),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setItemLabelGenerator(v -> v.name() + " (" + v.code() + ")");
        from.setLabel(getTranslation("exposure.from"));
        to.setLabel(getTranslation("exposure.to"));
        BuiltInTexts.translate(from, to);
        LocalDate today = LocalDate.now(clock);
        from.setValue(today.minusDays(13));
        to.setValue(today);
        neighbours.setLabel(getTranslation("exposure.neighbours"));
        secondDegree.setLabel(getTranslation("exposure.second-degree"));
        find.setText(getTranslation("exposure.find"));
        find.setId("exposure-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(e -> lookUp());
        HorizontalLayout query = new HorizontalLayout(person, from, to, neighbours, secondDegree, find);
        query.setAlignItems(FlexComponent.Alignment.BASELINE);
        query.getStyle().set("flex-wrap", "wrap");
        return query;
    }

    private VerticalLayout createResult() {
        DecimalFormat hours = new DecimalFormat("0.#");
        summary.setId("exposure-summary");
        contacts.setId("exposure-contacts");
        contacts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        contacts.addColumn(Contact::name).setHeader(getTranslation("exposure.column.name")).setAutoWidth(true);
        contacts.addColumn(c -> c.phone() == null ? "" : c.phone()).setHeader(getTranslation("exposure.column.phone"))
                .setAutoWidth(true);
        contacts.addColumn(c -> c.degree() == 1 ? getTranslation("exposure.degree.1")
                : getTranslation("exposure.degree.2", c.via())).setHeader(getTranslation("exposure.column.degree"))
                .setAutoWidth(true);
        contacts.addColumn(this::together).setHeader(getTranslation("exposure.column.together")).setFlexGrow(1);
        contacts.addColumn(c -> hours.format(c.hours())).setHeader(getTranslation("exposure.column.hours"))
                .setAutoWidth(true);
        contacts.setAllRowsVisible(true);
        export.setId("exposure-export");
        export.setVisible(false);
        VerticalLayout result = new VerticalLayout(new HorizontalLayout(summary, export), contacts);
        result.setPadding(false);
        contacts.setVisible(false);
        return result;
    }

    private VerticalLayout createLog() {
        log.setId("exposure-log");
        log.addThemeVariants(GridVariant.LUMO_COMPACT);
        log.addColumn(l -> STAMP.format(l.getLookedUpAt())).setHeader(getTranslation("exposure.log.when")).setAutoWidth(true);
        log.addColumn(ExposureLookup::getLookedUpBy).setHeader(getTranslation("exposure.log.who")).setAutoWidth(true);
        log.addColumn(ExposureLookup::getVolunteerName).setHeader(getTranslation("exposure.log.whom")).setAutoWidth(true);
        log.addColumn(l -> l.getFirstDate() + " – " + l.getLastDate()).setHeader(getTranslation("exposure.log.days"))
                .setAutoWidth(true);
        log.addColumn(ExposureLookup::getContacts).setHeader(getTranslation("exposure.log.contacts")).setAutoWidth(true);
        log.setItems(q -> service.auditLog(communityId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) service.countAuditLog(communityId));
        log.setHeight("16em");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("exposure.log")), log);
        section.setPadding(false);
        return section;
    }

    void lookUp() {
        if (person.getValue() == null || from.getValue() == null || to.getValue() == null) {
            Feedback.error(getTranslation("exposure.error.choose"));
            return;
        }
        try {
            ExposureList list = service.lookUp(communityId, new ExposureQuery(person.getValue().id(), from.getValue(),
                    to.getValue(), neighbours.getValue(), secondDegree.getValue()));
            shown = list;
            summary.setText(getTranslation("exposure.summary", list.name(), list.contacts().size(),
                    list.query().from().toString(), list.query().to().toString()));
            contacts.setItems(list.contacts());
            contacts.setVisible(true);
            export.setVisible(true);
            log.getDataProvider().refreshAll();
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
        }
    }

    /** "12-01 07:00–11:00 堰山和畔 1号门; …" */
    private String together(Contact contact) {
        return contact.together().stream().map(t -> t.from().toLocalDate() + " " + ShiftTimes.span(t.from(), t.to()) + " "
                + t.compound() + " " + t.post() + (t.samePost() ? "" : " " + getTranslation("exposure.neighbouring")))
                .collect(Collectors.joining("; "));
    }
}
