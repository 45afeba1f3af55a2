package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import org.shouwang.base.Translations;
import org.shouwang.base.UploadLimit;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Vaadin's components bring texts of their own (a date picker's month names and "Today", an upload's
 * "Upload Files..."), in English unless told otherwise. These give them the user's language: names of
 * months and days from the locale, the rest from the bundle ({@code app.date.*}, {@code app.upload.*}).
 */
public final class BuiltInTexts {

    private BuiltInTexts() {
    }

    /** Date pickers in the language of the first one's page. */
    public static void translate(DatePicker... pickers) {
        DatePicker.DatePickerI18n texts = dateTexts(pickers[0]);
        Arrays.stream(pickers).forEach(picker -> picker.setI18n(texts));
    }

    /** The date halves of date-and-time pickers, likewise. */
    public static void translate(DateTimePicker... pickers) {
        DatePicker.DatePickerI18n texts = dateTexts(pickers[0]);
        Arrays.stream(pickers).forEach(picker -> picker.setDatePickerI18n(texts));
    }

    /** An upload in the user's language that refuses files over the limit, naming it. */
    public static void translate(Upload upload, UploadLimit limit) {
        translate(upload);
        upload.setMaxFileSize(limit.bytes());
        UploadI18N texts = upload.getI18n();
        texts.getError().setFileIsTooBig(upload.getTranslation("app.upload.too-big-limit", limit.shown()));
        upload.setI18n(texts);
    }

    public static void translate(Upload upload) {
        UploadI18N texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(text(upload, "add-one")).setMany(text(upload, "add-many")));
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(text(upload, "drop-one")).setMany(text(upload, "drop-many")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(text(upload, "too-many"))
                .setFileIsTooBig(text(upload, "too-big")).setIncorrectFileType(text(upload, "wrong-type")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(text(upload, "connecting"))
                        .setStalled(text(upload, "stalled")).setProcessing(text(upload, "processing"))
                        .setHeld(text(upload, "held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(text(upload, "remaining"))
                        .setUnknown(text(upload, "remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(text(upload, "server-unavailable"))
                        .setUnexpectedServerError(text(upload, "server-error"))
                        .setForbidden(text(upload, "forbidden"))));
        texts.setFile(new UploadI18N.File().setRetry(text(upload, "retry")).setStart(text(upload, "start"))
                .setRemove(text(upload, "remove")));
        // Symbols, the same in every language; given because the component takes its texts as a whole.
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(texts);
    }

    private static DatePicker.DatePickerI18n dateTexts(Component in) {
        // The page's language, as getTranslation takes it (a component not yet attached has none of its own).
        UI ui = in.getUI().orElse(UI.getCurrent());
        Locale locale = ui == null ? Translations.CHINESE : ui.getLocale();
        // The component counts weekdays from Sunday.
        List<DayOfWeek> fromSunday = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Stream.of(DayOfWeek.values()).limit(6)).toList();
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Stream.of(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                // Monday, whatever the locale says: the app's weeks (weekly hours, the board) start on Monday.
                .setFirstDayOfWeek(1)
                .setToday(in.getTranslation("app.date.today"))
                .setCancel(in.getTranslation("app.date.cancel"));
    }

    private static String text(Component in, String key) {
        return in.getTranslation("app.upload." + key);
    }
}
