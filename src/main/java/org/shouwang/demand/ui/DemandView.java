package org.shouwang.demand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.Weekdays;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CompoundData;
import org.shouwang.community.PostData;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.demand.DemandForm;
import org.shouwang.demand.DemandService;
import org.shouwang.demand.SameStartException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The staffing demand of every post: its recurring shifts, edited one by one or replaced for many
 * posts at once with a pattern; the seats needed per day are always in view.
 */
@Route(value = "demand", layout = MainLayout.class)
@Menu(title = "demand.menu", order = 30)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class DemandView extends VerticalLayout implements TranslatedTitle {

    final Grid<PostData> posts = new Grid<>();
    final Grid<DemandForm> demands = new Grid<>();
    final DemandEditForm form = new DemandEditForm();
    final Button applyPattern = new Button();
    final Button addDemand = new Button();
    final Span seatsPerDay = new Span();
    private final H4 demandsTitle = new H4();

    private final DemandService demandService;
    private final CommunityService communityService;
    private final Long communityId;

    public DemandView(DemandService demandService, CommunityService communityService, CommunitySelection selection) {
        this.demandService = demandService;
        this.communityService = communityService;
        this.communityId = selection.currentId().orElse(null);
        setSizeFull();
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        HorizontalLayout content = new HorizontalLayout(createLists(), createForm());
        // On a phone the open form goes above the lists, full width (the theme's rule), and is scrolled to.
        content.addClassName("sw-side-form-host");
        content.setSizeFull();
        add(createToolbar(), content);
        setFlexGrow(1, content);
        refresh();
        showDemands(null);
    }

    /** "一 48 · 二 48 · …": seats per weekday in the user's language. */
    static String perDay(Map<DayOfWeek, Integer> seats, Locale locale) {
        return seats.entrySet().stream().map(e -> Weekdays.shortName(e.getKey(), locale) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
    }

    private HorizontalLayout createToolbar() {
        applyPattern.setText(getTranslation("demand.pattern.open"));
        applyPattern.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyPattern.addClickListener(e -> openPattern());
        seatsPerDay.setId("seats-per-day");
        HorizontalLayout toolbar = new HorizontalLayout(applyPattern, seatsPerDay);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private VerticalLayout createLists() {
        posts.setId("demand-posts");
        posts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        posts.addColumn(PostData::getCompoundName).setHeader(getTranslation("demand.compound")).setAutoWidth(true)
                .setSortProperty("compound.name");
        posts.addColumn(PostData::getCode).setHeader(getTranslation("community.post.code")).setAutoWidth(true)
                .setSortProperty("code");
        posts.addColumn(PostData::getName).setHeader(getTranslation("community.post.name")).setFlexGrow(1);
        posts.addColumn(p -> getTranslation("community.kind." + p.getKind().name())).setHeader(getTranslation("community.post.kind")).setAutoWidth(true);
        posts.asSingleSelect().addValueChangeListener(e -> showDemands(e.getValue()));
        // Every post of the community: loaded a page at a time. A post's own demands below stay a short list.
        // Posts by id: the chosen one stays chosen when its page is loaded again as new copies.
        posts.setItems(new CallbackDataProvider<PostData, Void>(
                q -> communityService.postPage(communityId, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) communityService.countPosts(communityId), PostData::getId));

        demands.setId("demands");
        demands.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        demands.addColumn(d -> d.getDays().stream().sorted().map(day -> Weekdays.shortName(day, getLocale())).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("demand.days")).setAutoWidth(true);
        demands.addColumn(d -> d.getStartsAt() + "–" + d.getEndsAt()).setHeader(getTranslation("demand.time")).setAutoWidth(true);
        demands.addColumn(DemandForm::getHeadcount).setHeader(getTranslation("demand.headcount")).setAutoWidth(true);
        demands.addColumn(d -> d.getSkills().stream().map(s -> s.getCount() + " × " + s.getSkill()).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("demand.skills")).setFlexGrow(1);
        demands.addColumn(d -> validity(d)).setHeader(getTranslation("demand.validity")).setAutoWidth(true);
        demands.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(e.getValue().getId());
            }
        });

        addDemand.setText(getTranslation("demand.add"));
        addDemand.addClickListener(e -> {
            PostData post = posts.asSingleSelect().getValue();
            if (post != null) {
                form.edit(new DemandForm(post.getId()), true, false);
                form.scrollIntoView();
            }
        });
        demandsTitle.getStyle().set("margin", "0");
        HorizontalLayout demandsBar = new HorizontalLayout(demandsTitle, addDemand);
        demandsBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout lists = new VerticalLayout(posts, demandsBar, demands);
        lists.setPadding(false);
        lists.setSizeFull();
        lists.setFlexGrow(1, posts);
        lists.setFlexGrow(1, demands);
        return lists;
    }

    private String validity(DemandForm demand) {
        if (demand.getValidFrom() == null && demand.getValidTo() == null) {
            return getTranslation("demand.always");
        }
        return (demand.getValidFrom() == null ? "" : demand.getValidFrom().toString()) + " – "
                + (demand.getValidTo() == null ? "" : demand.getValidTo().toString());
    }

    private DemandEditForm createForm() {
        form.addSaveListener(e -> save(e.getBean()));
        form.addDeleteListener(e -> delete(e.getBean()));
        form.addCancelListener(e -> closeForm());
        // the form itself takes the room, so the lists use the whole width while it is hidden
        form.setWidth("26em");
        form.getStyle().set("flex-shrink", "0");
        form.addClassName("sw-side-form");
        return form;
    }

    private void refresh() {
        posts.getDataProvider().refreshAll();
        applyPattern.setVisible(!editableCompounds().isEmpty());
        updateSeats();
    }

    private void updateSeats() {
        seatsPerDay.setText(getTranslation("demand.seats-per-day", perDay(demandService.seatsPerDay(communityId), getLocale())));
    }

    private List<CompoundData> editableCompounds() {
        return communityService.compounds(communityId).stream()
                .filter(c -> communityService.mayEditCompound(c.getId())).toList();
    }

    private void showDemands(PostData post) {
        boolean selected = post != null;
        demandsTitle.setText(selected ? getTranslation("demand.of", post.getName()) : getTranslation("demand.choose"));
        addDemand.setVisible(selected && communityService.mayEditCompound(post.getCompoundId()));
        demands.setItems(selected ? demandService.demands(post.getId()) : List.of());
        form.edit(null, false, false);
    }

    private void refreshDemands() {
        PostData post = posts.asSingleSelect().getValue();
        demands.setItems(post == null ? List.of() : demandService.demands(post.getId()));
        updateSeats();
    }

    private void edit(long demandId) {
        try {
            DemandForm demand = demandService.form(demandId);
            PostData post = posts.asSingleSelect().getValue();
            boolean editable = post != null && communityService.mayEditCompound(post.getCompoundId());
            form.edit(demand, editable, editable);
            form.scrollIntoView();
        } catch (ObjectOptimisticLockingFailureException e) {
            Feedback.refused(this, e);
            closeForm();
            refreshDemands();
        }
    }

    private void save(DemandForm demand) {
        try {
            demandService.save(demand);
            Feedback.success(getTranslation("editing.saved"));
            closeForm();
            refreshDemands();
        } catch (SameStartException e) {
            form.showSameStart(e);
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
            if (e instanceof ObjectOptimisticLockingFailureException && demand.getId() != null) {
                refreshDemands();
                edit(demand.getId());
            }
        }
    }

    private void delete(DemandForm demand) {
        try {
            demandService.delete(demand.getId());
            Feedback.success(getTranslation("editing.deleted"));
            closeForm();
            refreshDemands();
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
        }
    }

    private void closeForm() {
        form.edit(null, false, false);
        demands.asSingleSelect().clear();
    }

    private void openPattern() {
        new PatternDialog(demandService, communityId, editableCompounds(), () -> {
            refreshDemands();
            closeForm();
        }).open();
    }

    @Override
    public String titleKey() {
        return "demand.menu";
    }
}
