package org.shouwang.intake.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.UploadLimit;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.intake.IntakeJobs;
import org.shouwang.intake.IntakePreview;
import org.shouwang.intake.IntakeProblem;
import org.shouwang.intake.IntakeRow;
import org.shouwang.intake.IntakeService;
import org.shouwang.intake.SheetRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

/**
 * Volunteers from Excel: download the template (or the current volunteers), fill it in, upload it, see
 * what every row would do and every problem with its row and column, then import all rows or none.
 * Reading and importing run in the background; the page shows their progress.
 */
@Route(value = "volunteers/import", layout = MainLayout.class)
@Menu(title = "intake.menu", order = 21)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class VolunteerImportView extends VerticalLayout implements TranslatedTitle {

    private static final Logger log = LoggerFactory.getLogger(VolunteerImportView.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    enum Shown { ALL, PROBLEMS, CHANGES }

    private final transient IntakeService service;
    private final transient IntakeJobs jobs;
    private final Long communityId;
    final Upload upload;
    final ProgressBar progress = new ProgressBar();
    final Span progressText = new Span();
    final Div outcome = new Div();
    final Span summary = new Span();
    final Select<Shown> shown = new Select<>();
    final Grid<IntakeRow> grid = new Grid<>();
    final Button confirm = new Button();
    final Button discard = new Button();
    private IntakePreview preview;
    /** The page's language, read on the page's thread for the work done elsewhere. */
    private volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    public VolunteerImportView(IntakeService service, IntakeJobs jobs, CommunitySelection selection,
                               UploadLimit uploadLimit) {
        this.service = service;
        this.jobs = jobs;
        this.communityId = selection.currentId().orElse(null);
        this.upload = new Upload(this::receive);
        setMaxWidth("90em");
        add(new H2(getTranslation("intake.title")));
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        add(new Paragraph(getTranslation("intake.hint")), createDownloads(), createUpload(), createProgress(),
                outcome, createPreview());
        BuiltInTexts.translate(upload, uploadLimit);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        locale = event.getUI().getLocale();
    }

    @Override
    public String titleKey() {
        return "intake.title";
    }

    private HorizontalLayout createDownloads() {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> workbook(
                service.template(communityId, locale), "intake.file.template")), getTranslation("intake.template"));
        template.setId("intake-template");
        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> workbook(
                service.export(communityId, locale), "intake.file.export")), getTranslation("intake.export"));
        export.setId("intake-export");
        HorizontalLayout downloads = new HorizontalLayout(template, export);
        downloads.setSpacing(true);
        return downloads;
    }

    private DownloadResponse workbook(byte[] bytes, String nameKey) {
        return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation(nameKey) + ".xlsx", XLSX,
                bytes.length);
    }

    private Upload createUpload() {
        long max = service.maxBytes();
        upload.setId("intake-upload");
        upload.setAcceptedFileTypes(XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, max));
        return upload;
    }

    /** Takes an upload on its own request, then hands it to the page. */
    private void receive(UploadEvent event) throws IOException {
        // Read one byte more than allowed, never more: a huge upload is refused without filling memory.
        byte[] data;
        try (InputStream in = event.getInputStream()) {
            data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, service.maxBytes() + 1));
        }
        UI ui = event.getUI();
        ui.access(() -> previewFile(ui, data));
    }

    private HorizontalLayout createProgress() {
        progress.setWidth("20em");
        progress.setVisible(false);
        progressText.setId("intake-progress");
        HorizontalLayout row = new HorizontalLayout(progress, progressText);
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        outcome.setId("intake-outcome");
        return row;
    }

    private VerticalLayout createPreview() {
        summary.setId("intake-summary");
        shown.setItems(Shown.values());
        shown.setValue(Shown.ALL);
        shown.setItemLabelGenerator(s -> getTranslation("intake.shown." + s.name()));
        shown.addValueChangeListener(e -> showRows());
        confirm.setText(getTranslation("intake.confirm"));
        confirm.setId("intake-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmImport());
        discard.setText(getTranslation("intake.discard"));
        discard.addClickListener(e -> clearPreview());
        grid.setId("intake-rows");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(IntakeRow::row).setHeader(getTranslation("intake.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IntakeRow::name).setHeader(getTranslation("volunteer.name")).setAutoWidth(true);
        grid.addColumn(IntakeRow::phone).setHeader(getTranslation("volunteer.phone")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("intake.status." + r.status().name()))
                .setHeader(getTranslation("intake.status")).setAutoWidth(true);
        grid.addColumn(this::details).setHeader(getTranslation("intake.details")).setFlexGrow(1);
        grid.setHeight("32em");
        HorizontalLayout actions = new HorizontalLayout(summary, shown, confirm, discard);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(actions, grid);
        section.setPadding(false);
        setPreviewVisible(false);
        return section;
    }

    /** Starts reading an uploaded file in the background (called under the page's lock). */
    CompletableFuture<IntakePreview> previewFile(UI ui, byte[] data) {
        clearPreview();
        busy(true, getTranslation("intake.reading"));
        CompletableFuture<IntakePreview> job = jobs.preview(communityId, data, locale,
                rows -> ui.access(() -> progressText.setText(getTranslation("intake.read-rows", rows))));
        job.whenComplete((result, failure) -> ui.access(() -> {
            busy(false, "");
            if (failure != null) {
                refused(failure);
            } else {
                showPreview(result);
            }
        }));
        return job;
    }

    private void showPreview(IntakePreview result) {
        preview = result;
        summary.setText(getTranslation("intake.summary", result.count(IntakeRow.Status.NEW),
                result.count(IntakeRow.Status.UPDATE), result.count(IntakeRow.Status.UNCHANGED),
                result.count(IntakeRow.Status.INVALID)));
        shown.setValue(result.count(IntakeRow.Status.INVALID) > 0 ? Shown.PROBLEMS : Shown.ALL);
        showRows();
        confirm.setEnabled(result.importable());
        setPreviewVisible(true);
        if (result.count(IntakeRow.Status.INVALID) > 0) {
            show(getTranslation("intake.has-problems", result.problems().size()), true);
        } else if (!result.importable()) {
            show(getTranslation("intake.nothing-to-do"), false);
        }
    }

    private void showRows() {
        if (preview == null) {
            grid.setItems();
            return;
        }
        grid.setItems(preview.rows().stream().filter(r -> switch (shown.getValue() == null ? Shown.ALL : shown.getValue()) {
            case ALL -> true;
            case PROBLEMS -> r.status() == IntakeRow.Status.INVALID;
            case CHANGES -> r.status() == IntakeRow.Status.NEW || r.status() == IntakeRow.Status.UPDATE;
        }).toList());
    }

    /** Imports the previewed rows in the background. */
    CompletableFuture<IntakeService.Imported> confirmImport() {
        UI ui = UI.getCurrent();
        IntakePreview previewed = preview;
        long total = previewed.rows().size();
        confirm.setEnabled(false);
        busy(true, getTranslation("intake.importing"));
        CompletableFuture<IntakeService.Imported> job = jobs.confirm(previewed,
                rows -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    progress.setValue(Math.min(1.0, rows / (double) Math.max(1, total)));
                    progressText.setText(getTranslation("intake.stored-rows", rows, total));
                }));
        job.whenComplete((result, failure) -> ui.access(() -> {
            busy(false, "");
            if (failure != null) {
                refused(failure);
                confirm.setEnabled(preview != null && preview.importable());
            } else {
                clearPreview();
                show(getTranslation("intake.done", result.added(), result.updated()), false);
                Feedback.success(getTranslation("intake.done", result.added(), result.updated()));
            }
        }));
        return job;
    }

    private String details(IntakeRow row) {
        if (!row.problems().isEmpty()) {
            return row.problems().stream().map(this::describe).collect(Collectors.joining("; "));
        }
        return row.changes().stream().map(c -> getTranslation("intake.change", c.column().header(getLocale()),
                c.before().isEmpty() ? "—" : c.before(), c.after().isEmpty() ? "—" : c.after()))
                .collect(Collectors.joining("; "));
    }

    /** "Row 5, column C (Role): no such role: 司机". */
    String describe(IntakeProblem problem) {
        return getTranslation("intake.problem", problem.row(), problem.cell(), problem.column().header(getLocale()),
                getTranslation(problem.key(), problem.args().toArray()));
    }

    private void refused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof SheetRefusedException refused) {
            show(getTranslation(refused.key(), refused.args()), true);
        } else if (cause instanceof RuntimeException e && Feedback.explanation(this, e).isPresent()) {
            show(Feedback.explanation(this, e).get(), true);
        } else {
            log.warn("Volunteer sheet failed", cause);
            show(getTranslation("intake.failed"), true);
        }
    }

    private void busy(boolean busy, String text) {
        progress.setVisible(busy);
        progress.setIndeterminate(true);
        progressText.setText(text);
        upload.setVisible(!busy);
    }

    private void clearPreview() {
        preview = null;
        outcome.removeAll();
        showRows();
        setPreviewVisible(false);
    }

    private void setPreviewVisible(boolean visible) {
        grid.setVisible(visible);
        summary.setVisible(visible);
        shown.setVisible(visible);
        confirm.setVisible(visible);
        discard.setVisible(visible);
    }

    private void show(String text, boolean error) {
        outcome.removeAll();
        Component message = new Span(text);
        outcome.add(message);
        outcome.getElement().setAttribute("data-tone", error ? "error" : "success");
        outcome.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
