package org.shouwang.supplies.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.plan.PostKind;
import org.shouwang.roster.Roster;
import org.shouwang.supplies.Forecast;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class SuppliesViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    Clock clock;
    @Autowired
    org.shouwang.roster.AssignmentRepository assignments;

    Community community;
    LocalDate today;

    /** One gate, two people 08:00–12:00 every day from today for three days. */
    @BeforeEach
    void oneGate() {
        community = data.community();
        Compound compound = data.compound(community, "堰山和畔");
        Post gate = data.post(compound, "1号门", PostKind.GATE);
        today = LocalDate.now(clock);
        Roster roster = data.timeline(community);
        for (int d = 0; d < 3; d++) {
            for (int seat = 0; seat < 2; seat++) {
                var assignment = new org.shouwang.roster.Assignment(roster, gate, today.plusDays(d).atTime(LocalTime.of(8, 0)),
                        today.plusDays(d).atTime(LocalTime.of(12, 0)), seat, null);
                assignments.save(assignment);
            }
        }
    }

    private SuppliesView open(String role) {
        login(role, community.getId(), null);
        UI.getCurrent().navigate(SuppliesView.class);
        return _get(SuppliesView.class);
    }

    @Test
    void the_secretary_enters_the_stock_and_sees_when_the_masks_run_out() {
        SuppliesView view = open(Roles.SECRETARY);
        Forecast.CompoundForecast yanshan = GridKt._get(view.grid, 0);
        assertThat(yanshan.masks()).isEqualTo(6.0);
        assertThat(yanshan.thermometersNeeded()).isEqualTo(2);

        view.editStock(yanshan);
        Dialog dialog = _get(Dialog.class);
        _setValue(_find(dialog, IntegerField.class).get(0), 3);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("supplies-save-stock")));

        Forecast.CompoundForecast counted = GridKt._get(view.grid, 0);
        assertThat(counted.masksRunOut()).contains(today.plusDays(1));
        assertThat(view.headline.getText()).isEqualTo("口罩可用到 " + today.getMonthValue() + "/" + today.getDayOfMonth()
                + "（堰山和畔 最先用完）");
    }

    @Test
    void a_committee_member_reads_the_forecast_without_editing() {
        SuppliesView view = open(Roles.COMMITTEE);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(view.saveRates.isVisible()).isFalse();
    }

    @Test
    void the_status_column_is_as_wide_as_its_text_which_tells_the_secretary_to_click() {
        SuppliesView view = open(Roles.SECRETARY);

        // Without auto width it took what the others left and cut "未填库存（点击填写）" to "未填库存（点…".
        assertThat(view.grid.getColumnByKey("status").isAutoWidth()).isTrue();
        assertThat(GridKt._getFormatted(view.grid, 0, "status")).isEqualTo("未填库存（点击填写）");
    }
}
