package org.shouwang.planning.ui;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import org.shouwang.base.Translations;
import org.shouwang.solver.SeatRef;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Why panel names each figure of a rule's match in words ({@code roster.planner.why.fact.*}): every
 * figure the solver's justifications carry has its words in both languages. Seats, dates and the
 * volunteer are shown as themselves.
 */
class WhyFactsTest {

    @Test
    void every_figure_of_every_justification_has_words_in_both_languages() {
        Translations translations = new Translations();
        List<String> figures = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (JavaClass justification : new ClassFileImporter().importPackages("org.shouwang.solver.justifications")) {
            Class<?> type = justification.reflect();
            if (!type.isRecord()) {
                continue;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getType() == SeatRef.class || component.getType() == LocalDate.class
                        || Collection.class.isAssignableFrom(component.getType())
                        || "volunteer".equals(component.getName())) {
                    continue;
                }
                figures.add(component.getName());
                for (Locale locale : Translations.LOCALES) {
                    if (!translations.has("roster.planner.why.fact." + component.getName(), locale)) {
                        missing.add(type.getSimpleName() + "." + component.getName() + " in " + locale);
                    }
                }
            }
        }

        assertThat(figures).contains("restMinutes", "maxDays");
        assertThat(missing).isEmpty();
    }
}
