package org.shouwang.community.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.CommunityService;
import org.shouwang.community.CompoundData;
import org.shouwang.community.CompoundOwners;
import org.shouwang.community.PostData;
import org.shouwang.community.VolunteerChoice;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The compounds of the community with their households and owners; selecting one shows its posts.
 * Both are edited in a side form; deleting something still in use is refused with what uses it.
 */
@Route(value = "compounds", layout = MainLayout.class)
@Menu(title = "community.menu.compounds", order = 10)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class CompoundsView extends HorizontalLayout implements TranslatedTitle {

    final Grid<CompoundData> compounds = new Grid<>();
    final Grid<PostData> posts = new Grid<>();
    final CompoundForm compoundForm = new CompoundForm();
    final PostForm postForm = new PostForm();
    final Button addCompound = new Button();
    final Button addPost = new Button();
    private final H4 postsTitle = new H4();

    private final CommunityService communityService;
    private final CompoundOwners volunteerService;
    private final Long communityId;
    private Map<Long, String> ownerNames = new HashMap<>();

    public CompoundsView(CommunityService communityService, CompoundOwners volunteerService,
                         CommunitySelection selection) {
        this.communityService = communityService;
        this.volunteerService = volunteerService;
        this.communityId = selection.currentId().orElse(null);
        setSizeFull();
        setPadding(true);
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        add(createLists());
        addForms();
        refreshCompounds();
        showPosts(null);
    }

    private VerticalLayout createLists() {
        addCompound.setText(getTranslation("community.compound.add"));
        addCompound.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCompound.setVisible(communityService.mayManageCompounds(communityId));
        addCompound.addClickListener(e -> {
            compounds.asSingleSelect().clear();
            postForm.edit(null, false, false);
            compoundForm.editCompound(new CompoundData(), true, true);
            compoundForm.scrollIntoView();
        });
        compounds.setId("compounds");
        compounds.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        compounds.addColumn(CompoundData::getCode).setHeader(getTranslation("community.compound.code")).setAutoWidth(true)
                .setSortProperty("code");
        compounds.addColumn(CompoundData::getName).setHeader(getTranslation("community.compound.name")).setFlexGrow(1)
                .setSortProperty("name");
        compounds.addColumn(CompoundData::getHouseholds).setHeader(getTranslation("community.compound.households"))
                .setAutoWidth(true).setSortProperty("households");
        compounds.addColumn(c -> c.getOwnerId() == null ? "" : ownerNames.getOrDefault(c.getOwnerId(), "#" + c.getOwnerId()))
                .setHeader(getTranslation("community.compound.owner")).setAutoWidth(true);
        // Compounds by id: the chosen one stays chosen when its page is loaded again as new copies.
        compounds.setItems(new CallbackDataProvider<CompoundData, Void>(this::compoundPage,
                q -> (int) communityService.countCompounds(communityId), CompoundData::getId));
        compounds.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editCompound(e.getValue().getId());
            }
            showPosts(e.getValue());
        });

        addPost.setText(getTranslation("community.post.add"));
        addPost.addClickListener(e -> {
            CompoundData compound = compounds.asSingleSelect().getValue();
            if (compound != null) {
                compoundForm.edit(null, false, false);
                postForm.edit(new PostData(compound.getId()), true, false);
                postForm.scrollIntoView();
            }
        });
        posts.setId("posts");
        posts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        posts.addColumn(PostData::getCode).setHeader(getTranslation("community.post.code")).setAutoWidth(true);
        posts.addColumn(PostData::getName).setHeader(getTranslation("community.post.name")).setFlexGrow(1);
        posts.addColumn(p -> getTranslation("community.kind." + p.getKind().name()))
                .setHeader(getTranslation("community.post.kind")).setAutoWidth(true);
        posts.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                editPost(e.getValue().getId());
            }
        });

        HorizontalLayout postsBar = new HorizontalLayout(postsTitle, addPost);
        postsBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        postsTitle.getStyle().set("margin", "0");
        VerticalLayout lists = new VerticalLayout(addCompound, compounds, postsBar, posts);
        lists.setPadding(false);
        lists.setSizeFull();
        lists.setFlexGrow(3, compounds);
        lists.setFlexGrow(2, posts);
        return lists;
    }

    private void addForms() {
        compoundForm.addSaveListener(e -> saveCompound(e.getBean()));
        compoundForm.addDeleteListener(e -> confirmDelete(e.getBean().getName(), () -> {
            communityService.deleteCompound(e.getBean().getId());
            compoundForm.edit(null, false, false);
            refreshCompounds();
        }));
        compoundForm.addCancelListener(e -> closeForms());
        postForm.addSaveListener(e -> savePost(e.getBean()));
        postForm.addDeleteListener(e -> confirmDelete(e.getBean().getName(), () -> {
            communityService.deletePost(e.getBean().getId());
            postForm.edit(null, false, false);
            refreshPosts();
        }));
        postForm.addCancelListener(e -> closeForms());
        // the forms themselves take the room, so the lists use the whole width while both are hidden;
        // on a phone an open form goes above the lists, full width (the theme's rule), and is scrolled to
        addClassName("sw-side-form-host");
        for (var form : List.of(compoundForm, postForm)) {
            form.setWidth("24em");
            form.getStyle().set("flex-shrink", "0");
            form.addClassName("sw-side-form");
            add(form);
        }
    }

    private void refreshCompounds() {
        List<VolunteerChoice> members = volunteerService.committeeMembers(communityId);
        Map<Long, String> names = new HashMap<>();
        members.forEach(m -> names.put(m.id(), m.label()));
        ownerNames = names;
        compoundForm.setOwnerChoices(members.stream().map(VolunteerChoice::id).toList(), names);
        compounds.getDataProvider().refreshAll();
    }

    /** One page of compounds for the lazy grid, with the names of their owners (looked up once per page). */
    private Stream<CompoundData> compoundPage(Query<CompoundData, Void> query) {
        List<CompoundData> page = communityService.compoundPage(communityId, VaadinSpringDataHelpers.toSpringPageRequest(query));
        List<Long> unknown = page.stream().map(CompoundData::getOwnerId).filter(Objects::nonNull)
                .filter(id -> !ownerNames.containsKey(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            ownerNames.putAll(volunteerService.names(communityId, unknown));
        }
        return page.stream();
    }

    private void showPosts(CompoundData compound) {
        boolean selected = compound != null;
        postsTitle.setText(selected ? getTranslation("community.post.of", compound.getName()) : getTranslation("community.post.choose"));
        addPost.setVisible(selected && communityService.mayEditCompound(compound.getId()));
        posts.setItems(selected ? communityService.posts(compound.getId()) : List.of());
        postForm.edit(null, false, false);
    }

    private void refreshPosts() {
        CompoundData compound = compounds.asSingleSelect().getValue();
        posts.setItems(compound == null ? List.of() : communityService.posts(compound.getId()));
    }

    private void editCompound(long compoundId) {
        reload(() -> {
            postForm.edit(null, false, false);
            compoundForm.editCompound(communityService.compound(compoundId),
                    communityService.mayEditCompound(compoundId), communityService.mayManageCompounds(communityId));
            compoundForm.scrollIntoView();
        });
    }

    private void editPost(long postId) {
        reload(() -> {
            PostData post = communityService.post(postId);
            boolean editable = communityService.mayEditCompound(post.getCompoundId());
            compoundForm.edit(null, false, false);
            postForm.edit(post, editable, editable);
            postForm.scrollIntoView();
        });
    }

    private void saveCompound(CompoundData data) {
        try {
            communityService.saveCompound(communityId, data);
            Feedback.success(getTranslation("editing.saved"));
            closeForms();
            refreshCompounds();
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
            if (e instanceof ObjectOptimisticLockingFailureException && data.getId() != null) {
                refreshCompounds();
                editCompound(data.getId());
            }
        }
    }

    private void savePost(PostData data) {
        try {
            communityService.savePost(data);
            Feedback.success(getTranslation("editing.saved"));
            postForm.edit(null, false, false);
            refreshPosts();
        } catch (RuntimeException e) {
            Feedback.refused(this, e);
            if (e instanceof ObjectOptimisticLockingFailureException && data.getId() != null) {
                refreshPosts();
                editPost(data.getId());
            }
        }
    }

    private void confirmDelete(String name, Runnable delete) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("editing.delete"));
        dialog.setText(getTranslation("editing.confirm-delete", name));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("editing.cancel"));
        dialog.setConfirmText(getTranslation("editing.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                delete.run();
                Feedback.success(getTranslation("editing.deleted"));
            } catch (RuntimeException ex) {
                Feedback.refused(this, ex);
            }
        });
        dialog.open();
    }

    /** Loads a record into a form; one deleted meanwhile closes the forms with the conflict message. */
    private void reload(Runnable load) {
        try {
            load.run();
        } catch (ObjectOptimisticLockingFailureException e) {
            Feedback.refused(this, e);
            closeForms();
            refreshCompounds();
        }
    }

    private void closeForms() {
        compoundForm.edit(null, false, false);
        postForm.edit(null, false, false);
        compounds.asSingleSelect().clear();
    }

    @Override
    public String titleKey() {
        return "community.menu.compounds";
    }
}
