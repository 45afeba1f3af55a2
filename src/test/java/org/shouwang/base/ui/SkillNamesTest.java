package org.shouwang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SkillNamesTest extends KaribuTest {

    @Test
    void several_skills_are_listed_with_the_separator_of_the_users_language() {
        login(Roles.SECRETARY, 1L, null);
        Div page = new Div();
        UI.getCurrent().add(page);
        assertThat(SkillNames.of(page, List.of("LEAD", "TEMPERATURE"))).isEqualTo("带班、测温");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        // Not "Team leader、Temperature checks": no Chinese comma on the English page.
        assertThat(SkillNames.of(page, List.of("LEAD", "TEMPERATURE"))).isEqualTo("Team leader, Temperature checks");
    }
}
