package org.shouwang.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.solver.Rule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Why a volunteer cannot take a seat (the seat dialog, a refused cover) lists several rules in one line;
 * the rules' own names hold "、" and commas, so the list is not separated by either.
 */
class RuleListTest extends KaribuTest {

    @Test
    void several_rules_are_separated_by_the_semicolon_of_the_users_language() {
        login(Roles.SECRETARY, 1L, null);
        Div page = new Div();
        UI.getCurrent().add(page);
        List<Rule> reasons = List.of(Rule.OUTSIDE_AVAILABILITY, Rule.ON_LEAVE);

        // Not "不在可值班时段, 请假、病休或隔离期间": an English comma, and the list's parts unclear.
        assertThat(RuleNames.rules(page, reasons)).isEqualTo("不在可值班时段；请假、病休或隔离期间");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(RuleNames.rules(page, reasons)).isEqualTo("Outside availability; On leave, sick or in quarantine");
    }
}
