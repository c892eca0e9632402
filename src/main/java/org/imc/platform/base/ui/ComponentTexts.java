package org.imc.platform.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The texts that Vaadin components carry themselves (a date picker's months, weekdays and
 * buttons, an upload's buttons and messages), in the page's language: month and day names from
 * the locale, the rest from the bundle. Every date picker and upload goes through here.
 */
public final class ComponentTexts {

    /** Sunday first, as the date picker expects its weekday lists. */
    private static final List<DayOfWeek> SUNDAY_FIRST = List.of(
            DayOfWeek.SUNDAY,
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY,
            DayOfWeek.SATURDAY);

    private ComponentTexts() {}

    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = Formats.locale();
        picker.setLocale(locale);
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(SUNDAY_FIRST.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdaysShort(SUNDAY_FIRST.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                        .toList())
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("action.cancel"))
                .setBadInputErrorMessage(picker.getTranslation(
                        "picker.bad-input",
                        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
                                .withLocale(locale)
                                .format(java.time.LocalDate.of(2026, 3, 31)))));
        return picker;
    }

    public static Upload upload(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop-one"))
                        .setMany(upload.getTranslation("upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add-one"))
                        .setMany(upload.getTranslation("upload.add-many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.wrong-type")))
                .setFile(new UploadI18N.File()
                        .setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))
                                .setFileTooLarge(upload.getTranslation("upload.too-big"))));
        upload.setI18n(i18n);
        return upload;
    }
}
