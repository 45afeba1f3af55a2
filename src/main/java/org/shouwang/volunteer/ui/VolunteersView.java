package org.shouwang.volunteer.ui;

import org.shouwang.base.ui.SkillNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CompoundData;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.volunteer.CalendarLinks;
import org.shouwang.volunteer.VolunteerForm;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerRow;
import org.shouwang.base.CodeTakenException;
import org.shouwang.volunteer.PhoneTakenException;
import org.shouwang.volunteer.VolunteerService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.text.DecimalFormat;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everyone who can be rostered, in a lazy grid with filters; the secretary edits a volunteer in a
 * dialog. Phones show masked unless the secretary asks for full numbers.
 */
@Route(value = "volunteers", layout = MainLayout.class)
@Menu(title = "volunteer.menu", order = 20)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class VolunteersView extends VerticalLayout implements TranslatedTitle {

    final TextField search = new TextField();
    final Select<VolunteerRole> role = new Select<>();
    final ComboBox<Long> home = new ComboBox<>();
    final ComboBox<String> skill = new ComboBox<>();
    final Checkbox onLeaveNow = new Checkbox();
    final Checkbox fullPhones = new Checkbox();
    final Button add = new Button();
    final Grid<VolunteerRow> grid = new Grid<>();
    final VolunteerEditForm form;
    final Dialog dialog = new Dialog();
    /** The secretary's side of the calendar subscription: revoke the volunteer's link (e.g. a lost phone). */
    final Button revokeCalendar = new Button();

    private final VolunteerService volunteerService;
    private final CalendarLinks calendarService;
    private final Long communityId;
    private VolunteerQuery query = VolunteerQuery.all();
    /** The volunteer the dialog shows. */
    private VolunteerForm editing;

    public VolunteersView(VolunteerService volunteerService, CommunityService communityService,
                          CalendarLinks calendarService, CommunitySelection selection, Clock clock) {
        this.volunteerService = volunteerService;
        this.calendarService = calendarService;
        this.communityId = selection.currentId().orElse(null);
        this.form = new VolunteerEditForm(clock);
        setSizeFull();
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        Map<Long, String> compounds = new LinkedHashMap<>();
        communityService.compounds(communityId).forEach(c -> compounds.put(c.getId(), c.getName()));
        add(createFilters(compounds), createGrid());
        setFlexGrow(1, grid);
        createDialog(compounds);
    }

    private HorizontalLayout createFilters(Map<Long, String> compounds) {
        search.setPlaceholder(getTranslation(volunteerService.maySeePhones() ? "volunteer.filter.search-phone" : "volunteer.filter.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter(query.withText(e.getValue())));
        role.setPlaceholder(getTranslation("volunteer.filter.any-role"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("volunteer.filter.any-role"));
        role.setItems(VolunteerRole.values());
        role.setItemLabelGenerator(r -> r == null ? getTranslation("volunteer.filter.any-role") : getTranslation("volunteer.role." + r.name()));
        role.addValueChangeListener(e -> filter(query.withRole(e.getValue())));
        home.setPlaceholder(getTranslation("volunteer.filter.any-home"));
        home.setItems(compounds.keySet());
        home.setItemLabelGenerator(id -> compounds.getOrDefault(id, "#" + id));
        home.setClearButtonVisible(true);
        home.addValueChangeListener(e -> filter(query.withHome(e.getValue())));
        skill.setPlaceholder(getTranslation("volunteer.filter.any-skill"));
        skill.setItems(volunteerService.skills(communityId));
        skill.setClearButtonVisible(true);
        skill.setItemLabelGenerator(s -> SkillNames.of(this, s));
        skill.addValueChangeListener(e -> filter(query.withSkill(e.getValue())));
        onLeaveNow.setLabel(getTranslation("volunteer.filter.on-leave-now"));
        onLeaveNow.addValueChangeListener(e -> filter(query.withOnLeaveNow(e.getValue())));
        fullPhones.setLabel(getTranslation("volunteer.filter.full-phones"));
        fullPhones.setVisible(volunteerService.maySeePhones());
        fullPhones.addValueChangeListener(e -> filter(query.withFullPhones(e.getValue())));
        add.setText(getTranslation("volunteer.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setVisible(volunteerService.maySeePhones());
        add.addClickListener(e -> {
            VolunteerForm fresh = new VolunteerForm();
            // Generated, still editable: the secretary need not invent a code for each newcomer.
            fresh.setCode(volunteerService.nextCode(communityId));
            open(fresh);
        });
        HorizontalLayout filters = new HorizontalLayout(search, role, home, skill, onLeaveNow, fullPhones, add);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        filters.setWidthFull();
        return filters;
    }

    private Grid<VolunteerRow> createGrid() {
        DecimalFormat hours = new DecimalFormat("0.#");
        grid.setId("volunteers");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(VolunteerRow::code).setHeader(getTranslation("volunteer.code")).setSortProperty("code").setAutoWidth(true);
        grid.addColumn(VolunteerRow::name).setHeader(getTranslation("volunteer.name")).setSortProperty("name").setAutoWidth(true);
        grid.addColumn(r -> getTranslation("volunteer.role." + r.role().name())).setHeader(getTranslation("volunteer.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(VolunteerRow::phone).setHeader(getTranslation("volunteer.phone")).setAutoWidth(true);
        grid.addColumn(r -> r.homeName() == null ? "" : r.homeName()).setHeader(getTranslation("volunteer.home")).setAutoWidth(true);
        grid.addColumn(r -> SkillNames.of(this, r.skills())).setHeader(getTranslation("volunteer.skills")).setFlexGrow(1);
        grid.addColumn(r -> getTranslation(r.overworked() ? "volunteer.hours.over" : "volunteer.hours.within",
                        hours.format(r.hoursThisWeek()), hours.format(r.maxHoursPerWeek())))
                .setHeader(getTranslation("volunteer.hours-this-week")).setSortProperty("maxHoursPerWeek").setAutoWidth(true);
        grid.addColumn(r -> r.onLeaveNow() ? getTranslation("volunteer.on-leave") : "")
                .setHeader(getTranslation("volunteer.on-leave-now")).setAutoWidth(true);
        grid.setItems(q -> volunteerService.page(communityId, query, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) volunteerService.count(communityId, query));
        grid.addItemClickListener(e -> {
            if (volunteerService.maySeePhones()) {
                edit(e.getItem().id());
            }
        });
        return grid;
    }

    private void createDialog(Map<Long, String> compounds) {
        form.setChoices(compounds, volunteerService.skills(communityId));
        form.addSaveListener(e -> save(e.getBean()));
        form.addDeleteListener(e -> confirmDelete(e.getBean()));
        form.addCancelListener(e -> dialog.close());
        dialog.setHeaderTitle(getTranslation("volunteer.form"));
        form.hideTitle();
        dialog.add(form);
        dialog.setWidth("min(60em, 95vw)");
        dialog.setMaxHeight("95vh");
        dialog.setDraggable(true);
        dialog.setResizable(true);
        revokeCalendar.setText(getTranslation("volunteer.calendar.revoke"));
        revokeCalendar.setId("volunteer-revoke-calendar");
        revokeCalendar.setIcon(VaadinIcon.CALENDAR.create());
        revokeCalendar.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revokeCalendar.setVisible(false);
        revokeCalendar.addClickListener(e -> confirmRevokeCalendar());
        dialog.getFooter().add(revokeCalendar);
    }

    private void filter(VolunteerQuery newQuery) {
        query = newQuery;
        grid.getDataProvider().refreshAll();
    }

    void edit(long volunteerId) {
        try {
            open(volunteerService.form(volunteerId));
        } catch (ObjectOptimisticLockingFailureException e) {
            Feedback.refused(this, e);
            grid.getDataProvider().refreshAll();
        }
    }

    private void open(VolunteerForm copy) {
        form.edit(copy, true, copy.getId() != null);
        showRevokeCalendar(copy);
        dialog.open();
    }

    /** Offers the revoke button only for a volunteer who has a working calendar link. */
    private void showRevokeCalendar(VolunteerForm copy) {
        editing = copy;
        revokeCalendar.setVisible(copy.getId() != null && calendarService.hasCalendar(copy.getId()));
    }

    private void confirmRevokeCalendar() {
        VolunteerForm copy = editing;
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("volunteer-revoke-calendar-confirm");
        confirm.setHeader(getTranslation("volunteer.calendar.revoke"));
        confirm.setText(getTranslation("volunteer.calendar.revoke.text", copy.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editing.cancel"));
        confirm.setConfirmText(getTranslation("volunteer.calendar.revoke.confirm"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                calendarService.revoke(copy.getId());
                Feedback.success(getTranslation("volunteer.calendar.revoked", copy.getName()));
                revokeCalendar.setVisible(false);
            } catch (RuntimeException ex) {
                Feedback.refused(this, ex);
            }
        });
        confirm.open();
    }

    private void save(VolunteerForm copy) {
        try {
            volunteerService.save(communityId, copy);
            Feedback.success(getTranslation("editing.saved"));
            dialog.close();
            grid.getDataProvider().refreshAll();
        } catch (PhoneTakenException taken) {
            // Next to the field, naming the other volunteer: the secretary decides which record is right.
            form.showFieldError(form.phone, getTranslation("volunteer.error.phone-taken", taken.phone(),
                    taken.otherName(), taken.otherCode()));
        } catch (CodeTakenException taken) {
            form.showFieldError(form.code, getTranslation("editing.code-taken", taken.code()));
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
            if (e instanceof ObjectOptimisticLockingFailureException && copy.getId() != null) {
                grid.getDataProvider().refreshAll();
                dialog.close();
                edit(copy.getId());
            }
        }
    }

    private void confirmDelete(VolunteerForm copy) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("editing.delete"));
        confirm.setText(getTranslation("editing.confirm-delete", copy.getName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editing.cancel"));
        confirm.setConfirmText(getTranslation("editing.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                volunteerService.delete(copy.getId());
                Feedback.success(getTranslation("editing.deleted"));
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (RuntimeException ex) {
                Feedback.refused(this, ex);
            }
        });
        confirm.open();
    }

    @Override
    public String titleKey() {
        return "volunteer.menu";
    }
}
