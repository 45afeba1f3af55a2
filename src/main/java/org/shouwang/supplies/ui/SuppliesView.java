package org.shouwang.supplies.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.plan.PostKind;
import org.shouwang.supplies.Forecast;
import org.shouwang.supplies.Rate;
import org.shouwang.supplies.Stock;
import org.shouwang.supplies.SuppliesService;
import org.shouwang.supplies.SuppliesWorkbook;

import java.io.ByteArrayInputStream;
import java.text.DecimalFormat;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The supplies forecast of a roster: masks, gloves, disinfectant and thermometers per compound against
 * the stock on hand, when each compound runs out, and the same per day. The secretary enters the stock
 * (click a compound) and the amounts each kind of post uses.
 */
@Route(value = "supplies", layout = MainLayout.class)
@Menu(title = "supplies.menu", order = 40)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class SuppliesView extends VerticalLayout implements TranslatedTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("M/d");

    private final transient SuppliesService service;
    private final Long communityId;
    private final boolean editor;
    /** The planned dates the forecast covers: from today to the timeline's last planned date. */
    final Span span = new Span();
    final Span headline = new Span();
    final Grid<Forecast.CompoundForecast> grid = new Grid<>();
    final Grid<Forecast.CompoundForecast> daily = new Grid<>();
    final Map<PostKind, NumberField[]> rateFields = new EnumMap<>(PostKind.class);
    final Button saveRates = new Button();
    final Anchor export;
    private volatile Forecast forecast;
    private volatile Locale locale = Locale.SIMPLIFIED_CHINESE;

    public SuppliesView(SuppliesService service, SuppliesWorkbook workbook, CommunitySelection selection) {
        this.service = service;
        this.communityId = selection.currentId().orElse(null);
        this.editor = service.mayEdit();
        this.export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = workbook.write(forecast, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    getTranslation("supplies.file", forecast.from().toString()) + ".xlsx", XLSX, bytes.length);
        }), getTranslation("supplies.export"));
        setMaxWidth("90em");
        add(new H2(getTranslation("supplies.title")));
        if (communityId == null) {
            add(new Span(getTranslation("editing.no-community")));
            return;
        }
        add(new Paragraph(getTranslation(editor ? "supplies.hint" : "supplies.hint.read")), createChoice(), createGrids(),
                createRates());
        refresh();
    }

    @Override
    public String titleKey() {
        return "supplies.title";
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent event) {
        locale = event.getUI().getLocale();
    }

    private HorizontalLayout createChoice() {
        span.setId("supplies-roster");
        headline.setId("supplies-headline");
        export.setId("supplies-export");
        export.setVisible(false);
        HorizontalLayout row = new HorizontalLayout(span, headline, export);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private VerticalLayout createGrids() {
        DecimalFormat number = new DecimalFormat("0.#");
        grid.setId("supplies-forecast");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Forecast.CompoundForecast::compound).setHeader(getTranslation("supplies.column.compound"))
                .setAutoWidth(true);
        grid.addColumn(c -> number.format(c.masks()) + " / " + c.stock().masks())
                .setHeader(getTranslation("supplies.column.masks-stock")).setAutoWidth(true);
        grid.addColumn(c -> number.format(c.gloves()) + " / " + c.stock().gloves())
                .setHeader(getTranslation("supplies.column.gloves-stock")).setAutoWidth(true);
        grid.addColumn(c -> number.format(c.disinfectantMl()) + " / " + c.stock().disinfectantMl())
                .setHeader(getTranslation("supplies.column.disinfectant-stock")).setAutoWidth(true);
        grid.addColumn(c -> c.thermometersNeeded() + " / " + c.stock().thermometers())
                .setHeader(getTranslation("supplies.column.thermometers-stock")).setAutoWidth(true);
        grid.addColumn(this::runOut).setHeader(getTranslation("supplies.column.masks-run-out")).setAutoWidth(true);
        // Wide enough for its whole text ("未填库存（点击填写）" tells the secretary what to do), even on a desktop.
        grid.addColumn(this::status).setHeader(getTranslation("supplies.column.status")).setKey("status")
                .setAutoWidth(true).setFlexGrow(1);
        grid.setPartNameGenerator(c -> c.shortfall() ? "sw-shortfall" : null);
        grid.setAllRowsVisible(true);
        if (editor) {
            grid.addItemClickListener(e -> editStock(e.getItem()));
        }
        daily.setId("supplies-daily");
        daily.addThemeVariants(GridVariant.LUMO_COMPACT);
        daily.setAllRowsVisible(true);
        VerticalLayout grids = new VerticalLayout(grid, new H3(getTranslation("supplies.daily")), daily);
        grids.setPadding(false);
        return grids;
    }

    private Details createRates() {
        FormLayout form = new FormLayout();
        for (PostKind kind : PostKind.values()) {
            NumberField[] fields = {new NumberField(), new NumberField(), new NumberField()};
            String[] labels = {"supplies.rate.masks", "supplies.rate.gloves", "supplies.rate.disinfectant"};
            for (int i = 0; i < 3; i++) {
                fields[i].setLabel(getTranslation("supplies.kind." + kind.name()) + " · " + getTranslation(labels[i]));
                fields[i].setMin(0);
                fields[i].setReadOnly(!editor);
                form.add(fields[i]);
            }
            rateFields.put(kind, fields);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        showRates();
        saveRates.setText(getTranslation("supplies.rate.save"));
        saveRates.setId("supplies-save-rates");
        saveRates.setVisible(editor);
        saveRates.addClickListener(e -> saveRates());
        Details details = new Details(getTranslation("supplies.rates"), new VerticalLayout(
                new Paragraph(getTranslation("supplies.rates.hint")), form, saveRates));
        details.setWidthFull();
        return details;
    }

    private void showRates() {
        service.rates(communityId).forEach((kind, rate) -> {
            NumberField[] f = rateFields.get(kind);
            f[0].setValue(rate.masks());
            f[1].setValue(rate.gloves());
            f[2].setValue(rate.disinfectantMl());
        });
    }

    void saveRates() {
        try {
            for (Map.Entry<PostKind, NumberField[]> e : rateFields.entrySet()) {
                NumberField[] f = e.getValue();
                service.saveRate(communityId, e.getKey(), new Rate(value(f[0]), value(f[1]), value(f[2])));
            }
            Feedback.success(getTranslation("editing.saved"));
            refresh();
        } catch (RuntimeException ex) {
            Feedback.refused(this, ex);
        }
    }

    private static double value(NumberField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    /** A dialog to enter a compound's stock on hand. */
    Dialog editStock(Forecast.CompoundForecast compound) {
        IntegerField masks = stockField("supplies.column.stock.masks", compound.stock().masks());
        IntegerField gloves = stockField("supplies.column.stock.gloves", compound.stock().gloves());
        IntegerField disinfectant = stockField("supplies.column.stock.disinfectant", compound.stock().disinfectantMl());
        IntegerField thermometers = stockField("supplies.column.stock.thermometers", compound.stock().thermometers());
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("supplies.stock.title", compound.compound()));
        dialog.add(new FormLayout(masks, gloves, disinfectant, thermometers));
        Button save = new Button(getTranslation("editing.save"), e -> {
            try {
                service.saveStock(communityId, compound.compoundId(), new Stock(int0(masks), int0(gloves),
                        int0(disinfectant), int0(thermometers)));
                dialog.close();
                Feedback.success(getTranslation("editing.saved"));
                refresh();
            } catch (RuntimeException ex) {
                Feedback.refused(this, ex);
            }
        });
        save.setId("supplies-save-stock");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("editing.cancel"), e -> dialog.close()), save);
        dialog.open();
        return dialog;
    }

    private IntegerField stockField(String key, int value) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setMin(0);
        field.setValue(value);
        return field;
    }

    private static int int0(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    void refresh() {
        Forecast planned = service.forecast(communityId).orElse(null);
        if (planned == null) {
            headline.setText(getTranslation("supplies.no-roster"));
            return;
        }
        forecast = planned;
        span.setText(getTranslation("supplies.roster.item", forecast.from().toString(), forecast.to().toString()));
        grid.setItems(forecast.compounds());
        daily.removeAllColumns();
        daily.addColumn(Forecast.CompoundForecast::compound).setHeader(getTranslation("supplies.column.compound"))
                .setAutoWidth(true).setFrozen(true);
        DecimalFormat number = new DecimalFormat("0.#");
        for (int d = 0; d < forecast.days().size(); d++) {
            int index = d;
            daily.addColumn(c -> number.format(c.days().get(index).masks()) + " / "
                            + number.format(c.days().get(index).gloves()))
                    .setHeader(SHORT.format(forecast.days().get(d))).setAutoWidth(true);
        }
        daily.setItems(forecast.compounds());
        export.setVisible(true);
        headline.setText(service.headline(communityId).map(this::headlineText).orElse(""));
    }

    private String headlineText(SuppliesService.Headline h) {
        return h.masksLastUntil() == null ? getTranslation("supplies.headline.enough", SHORT.format(h.rosterEnds()))
                : getTranslation("supplies.headline.until", SHORT.format(h.masksLastUntil()), h.compound());
    }

    private String runOut(Forecast.CompoundForecast c) {
        return c.masksRunOut().map(SHORT::format).orElse("—");
    }

    private String status(Forecast.CompoundForecast c) {
        if (!c.counted()) {
            return getTranslation("supplies.not-counted");
        }
        if (!c.shortfall()) {
            return getTranslation("supplies.enough");
        }
        StringBuilder text = new StringBuilder("⚠ ");
        c.masksRunOut().ifPresent(d -> text.append(getTranslation("supplies.short.masks", SHORT.format(d))).append(' '));
        c.glovesRunOut().ifPresent(d -> text.append(getTranslation("supplies.short.gloves", SHORT.format(d))).append(' '));
        c.disinfectantRunOut().ifPresent(d -> text.append(getTranslation("supplies.short.disinfectant", SHORT.format(d)))
                .append(' '));
        if (c.thermometersShort()) {
            text.append(getTranslation("supplies.short.thermometers", c.thermometersNeeded() - c.stock().thermometers()));
        }
        return text.toString().strip();
    }
}
