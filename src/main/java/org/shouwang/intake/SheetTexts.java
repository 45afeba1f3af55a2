package org.shouwang.intake;

import org.shouwang.base.Translations;
import org.shouwang.plan.VolunteerRole;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the sheet writes each value, and how it reads them back: roles by their name in either language
 * (or the code), yes and no in the ways people type them. One instance per workbook language.
 */
final class SheetTexts {

    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "✓");
    private static final Set<String> NO = Set.of("否", "n", "no", "false", "0", "×", "");

    private final Translations translations;
    private final Locale locale;
    private final Map<String, VolunteerRole> roles = new HashMap<>();

    SheetTexts(Translations translations, Locale locale) {
        this.translations = translations;
        this.locale = locale;
        for (VolunteerRole role : VolunteerRole.values()) {
            roles.put(role.name().toLowerCase(Locale.ROOT), role);
            for (Locale language : Translations.LOCALES) {
                roles.put(roleLabel(role, language).toLowerCase(Locale.ROOT), role);
            }
        }
    }

    Locale locale() {
        return locale;
    }

    String translate(String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    String role(VolunteerRole role) {
        return roleLabel(role, locale);
    }

    List<String> roleLabels() {
        return java.util.Arrays.stream(VolunteerRole.values()).map(this::role).toList();
    }

    Optional<VolunteerRole> role(String text) {
        return Optional.ofNullable(roles.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    String yesNo(boolean value) {
        return translate(value ? "intake.yes" : "intake.no");
    }

    Optional<Boolean> yesNo(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(t) || t.equals(translate("intake.yes").toLowerCase(Locale.ROOT))) {
            return Optional.of(true);
        }
        if (NO.contains(t) || t.equals(translate("intake.no").toLowerCase(Locale.ROOT))) {
            return Optional.of(false);
        }
        return Optional.empty();
    }

    static String hours(double hours) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(hours);
    }

    /** The text of one column for a volunteer, as the sheet shows it (export and the preview's changes). */
    String cell(SheetColumn column, VolunteerData data, Map<Long, String> compoundNames) {
        return switch (column) {
            case NAME -> data.name();
            case PHONE -> data.phone() == null ? "" : data.phone();
            case ROLE -> role(data.role());
            case HOME -> data.homeId() == null ? "" : compoundNames.getOrDefault(data.homeId(), "");
            case SKILLS -> String.join(", ", data.skills());
            case MAX_HOURS -> hours(data.maxHoursPerWeek());
            case AVAILABLE -> TimeWindows.format(data.available());
            case PREFERRED -> TimeWindows.format(data.preferred());
            case ONLY_HOME -> yesNo(data.onlyHome());
            case NOTE -> data.note() == null ? "" : data.note();
        };
    }

    private String roleLabel(VolunteerRole role, Locale language) {
        return translations.getTranslation("volunteer.role." + role.name(), language);
    }
}
