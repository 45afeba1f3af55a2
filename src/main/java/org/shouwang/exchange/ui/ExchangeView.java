package org.shouwang.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.UploadLimit;
import org.shouwang.base.ui.BuiltInTexts;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.GuardedDownload;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.exchange.CommunityExistsException;
import org.shouwang.exchange.ImportMode;
import org.shouwang.exchange.PlanExportService;
import org.shouwang.exchange.PlanImportService;
import org.shouwang.exchange.ProblemCauses;
import org.shouwang.exchange.ReplacePreview;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

/**
 * Moves whole communities in and out as {@code shouwang-plan/1} JSON: an upload that imports a file
 * (or lists every problem in it, with its path) and a download of the selected community.
 */
@Route(value = "exchange", layout = MainLayout.class)
@Menu(title = "exchange.menu", order = 80)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN})
public class ExchangeView extends VerticalLayout implements TranslatedTitle {

    private static final Logger log = LoggerFactory.getLogger(ExchangeView.class);
    /** How many names or leave entries a list shows before it counts the rest (as many as problems). */
    private static final int SHOWN = ProblemCauses.SHOWN;

    private final transient PlanImportService importer;
    private final transient PlanExportService exporter;
    private final CommunitySelection selection;
    private final Checkbox replace = new Checkbox();
    private Upload upload;
    private final Div outcome = new Div();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    // The download runs on a request of its own: it reads these, not the fields.
    private volatile LocalDate exportFrom;
    private volatile LocalDate exportTo;
    private volatile Long exportCommunity;

    public ExchangeView(PlanImportService importer, PlanExportService exporter, CommunitySelection selection,
                        Clock clock, UploadLimit uploadLimit) {
        this.importer = importer;
        this.exporter = exporter;
        this.selection = selection;
        setMaxWidth("60em");
        add(new H2(getTranslation("exchange.title")), createImport(uploadLimit), createExport(clock));
    }

    @Override
    public String titleKey() {
        return "exchange.title";
    }

    private VerticalLayout createImport(UploadLimit uploadLimit) {
        replace.setLabel(getTranslation("exchange.import.replace"));
        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            // The import runs on the upload's request (signed in as the user); the page is updated afterwards.
            Runnable show = importJson(data);
            UI ui = getUI().orElse(null);
            if (ui != null) {
                ui.access(() -> {
                    // With one file allowed, the finished one would block the next try ("too many files").
                    upload.clearFileList();
                    show.run();
                });
            }
        }));
        upload.setId("exchange-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        BuiltInTexts.translate(upload, uploadLimit);
        upload.setMaxFiles(1);
        // The component marks the refused file; the page also says why (too big: with the limit) where
        // results appear. The reason is the component's own text, which BuiltInTexts translated.
        upload.addFileRejectedListener(rejected -> show(new Span(rejected.getErrorMessage()), "error"));
        outcome.setId("exchange-outcome");
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("exchange.import.title")),
                new Paragraph(getTranslation("exchange.import.hint") + " "
                        + getTranslation("exchange.import.max-size", uploadLimit.shown())),
                replace, upload, outcome);
        section.setPadding(false);
        return section;
    }

    private VerticalLayout createExport(Clock clock) {
        from.setLabel(getTranslation("exchange.export.from"));
        to.setLabel(getTranslation("exchange.export.to"));
        BuiltInTexts.translate(from, to);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        exportCommunity = selection.currentId().orElse(null);
        LocalDate first = monday;
        LocalDate last = monday.plusDays(13);
        if (exportCommunity != null) {
            var planned = exporter.plannedDates(exportCommunity);
            if (planned.isPresent()) {
                first = planned.get().from();
                last = planned.get().to();
            }
        }
        from.addValueChangeListener(e -> exportFrom = e.getValue());
        to.addValueChangeListener(e -> exportTo = e.getValue());
        from.setValue(first);
        to.setValue(last);
        Anchor download = new Anchor(GuardedDownload.of(event -> {
            PlanDocument document = exporter.export(exportCommunity, exportFrom, exportTo);
            byte[] json = PlanJson.write(document).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(json), fileName(exportFrom),
                    "application/json", json.length);
        }, "exchange.export.failed"), getTranslation("exchange.export.download"));
        download.setId("exchange-download");
        download.setEnabled(exportCommunity != null);
        // Two date pickers side by side are wider than a phone: the second goes below.
        HorizontalLayout dates = new HorizontalLayout(from, to);
        dates.setId("exchange-export-dates");
        dates.setWrap(true);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("exchange.export.title")),
                new Paragraph(getTranslation("exchange.export.hint",
                        selection.current().map(c -> c.getName()).orElse("—"))),
                dates, download);
        section.setPadding(false);
        return section;
    }

    private String fileName(LocalDate first) {
        return "shouwang-" + exportCommunity + "-" + first + ".json";
    }

    /**
     * Reads and imports an uploaded file; returns how to show the outcome on the page (called under the
     * UI lock). A replacement is not made at once: the page shows what it would remove first.
     */
    Runnable importJson(byte[] data) {
        ImportMode mode = replace.getValue() ? ImportMode.REPLACE : ImportMode.CREATE;
        PlanDocument document;
        try {
            document = PlanJson.read(new ByteArrayInputStream(data));
            if (mode == ImportMode.REPLACE) {
                Optional<ReplacePreview> preview = importer.previewReplace(document);
                if (preview.isPresent()) {
                    return () -> confirmReplace(document, preview.get());
                }
            }
        } catch (RuntimeException e) {
            return failure(e, null);
        }
        return importNow(document, mode);
    }

    private Runnable importNow(PlanDocument document, ImportMode mode) {
        try {
            PlanImportService.ImportResult result = importer.importCommunity(document, mode);
            return () -> show(new Span(getTranslation("exchange.import.done", result.communityName(),
                    result.compounds(), result.posts(), result.volunteers(), result.assignments())), "success");
        } catch (RuntimeException e) {
            return failure(e, document);
        }
    }

    private Runnable failure(RuntimeException e, PlanDocument document) {
        if (e instanceof PlanFormatException format) {
            return () -> show(new Div(new Span(getTranslation("exchange.import.invalid", format.problems().size())),
                    problemList(format.problems())), "error");
        }
        if (e instanceof CommunityExistsException exists) {
            return () -> {
                Button offer = new Button(getTranslation("exchange.import.offer-replace"), click -> {
                    replace.setValue(true);
                    offerReplace(document);
                });
                offer.setId("exchange-offer-replace");
                show(new Div(new Span(getTranslation("exchange.import.exists", exists.name())), offer), "error");
            };
        }
        if (e instanceof AccessDeniedException) {
            return () -> show(new Span(getTranslation("exchange.import.denied")), "error");
        }
        log.warn("Import failed", e);
        // The exception's own text is for the log: the page says what it can in the user's language.
        return () -> show(new Span(getTranslation("exchange.import.failed", Feedback.explanation(this, e)
                .orElseGet(() -> getTranslation("exchange.import.failed.unexpected")))), "error");
    }

    private void offerReplace(PlanDocument document) {
        try {
            importer.previewReplace(document).ifPresentOrElse(preview -> confirmReplace(document, preview),
                    () -> importNow(document, ImportMode.REPLACE).run());
        } catch (RuntimeException e) {
            failure(e, document).run();
        }
    }

    /** The warning before a replacement: what goes, what changes, what would be lost. */
    private void confirmReplace(PlanDocument document, ReplacePreview preview) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("exchange-replace-confirm");
        confirm.setHeader(getTranslation("exchange.replace.title", preview.communityName()));
        Div text = new Div();
        text.setId("exchange-replace-summary");
        text.add(new Paragraph(getTranslation("exchange.replace.structure", preview.compounds(),
                preview.documentCompounds(), preview.posts(), preview.documentPosts(), preview.demands(),
                preview.documentDemands(), preview.plannedSeats())));
        if (preview.publishedSeats() > 0) {
            text.add(warning(getTranslation("exchange.replace.published", preview.publishedSeats())));
        }
        addList(text, "exchange.replace.lost-leave", preview.lostLeave());
        addList(text, "exchange.replace.removed", preview.removedVolunteers());
        addList(text, "exchange.replace.accounts", preview.withAccounts());
        addList(text, "exchange.replace.changed", preview.changedVolunteers());
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("editing.cancel"));
        confirm.setConfirmText(getTranslation("exchange.replace.confirm"));
        confirm.setConfirmButtonTheme(preview.losesData() ? "error primary" : "primary");
        confirm.addConfirmListener(e -> importNow(document, ImportMode.REPLACE).run());
        confirm.addCancelListener(e -> show(new Span(getTranslation("exchange.replace.cancelled")), "success"));
        confirm.open();
    }

    private Paragraph warning(String sentence) {
        Paragraph paragraph = new Paragraph(sentence);
        paragraph.getStyle().set("color", "var(--lumo-error-text-color)");
        return paragraph;
    }

    /** A heading with the count and the first names of a list; nothing for an empty list. */
    private void addList(Div into, String key, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        into.add(warning(getTranslation(key, items.size())));
        UnorderedList list = new UnorderedList();
        items.stream().limit(SHOWN).forEach(item -> list.add(new ListItem(item)));
        if (items.size() > SHOWN) {
            list.add(new ListItem(getTranslation("exchange.import.more", items.size() - SHOWN)));
        }
        into.add(list);
    }

    /** The problems once per cause (see {@link ProblemCauses}), then how many more. */
    private UnorderedList problemList(List<PlanFormatException.Problem> problems) {
        ProblemCauses causes = ProblemCauses.of(problems);
        UnorderedList list = new UnorderedList();
        list.setId("exchange-problems");
        for (ProblemCauses.Cause cause : causes.shown()) {
            String line = cause.first().describe(this::getTranslation);
            if (cause.others() > 0) {
                line += getTranslation("exchange.import.same-cause", cause.others());
            }
            list.add(new ListItem(line));
        }
        if (causes.more() > 0) {
            list.add(new ListItem(getTranslation("exchange.import.more", causes.more())));
        }
        return list;
    }

    private void show(com.vaadin.flow.component.Component message, String tone) {
        outcome.removeAll();
        outcome.add(message);
        outcome.getElement().setAttribute("data-tone", tone);
        outcome.getStyle().set("color", "error".equals(tone) ? "var(--lumo-error-text-color)"
                : "var(--lumo-success-text-color)");
    }
}
