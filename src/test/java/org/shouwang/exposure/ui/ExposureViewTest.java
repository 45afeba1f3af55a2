package org.shouwang.exposure.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.TestData;
import org.shouwang.base.Roles;
import org.shouwang.exposure.Contact;
import org.shouwang.exposure.ExposureFixture;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.RosterRepository;
import org.shouwang.exposure.ExposureLookup;
import org.shouwang.volunteer.VolunteerQuery;
import org.shouwang.volunteer.VolunteerRow;
import org.shouwang.volunteer.VolunteerService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class ExposureViewTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    RosterRepository rosters;
    @Autowired
    AssignmentRepository assignments;
    @Autowired
    VolunteerService volunteers;

    ExposureFixture known;

    @BeforeEach
    void knownContacts() {
        known = new ExposureFixture(data, rosters, assignments);
    }

    private static <T> List<T> rows(com.vaadin.flow.component.grid.Grid<T> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void the_secretary_lists_a_persons_contacts_with_phones_and_the_lookup_appears_in_the_log() {
        login(Roles.SECRETARY, known.community.getId(), null);
        UI.getCurrent().navigate(ExposureView.class);
        ExposureView view = _get(ExposureView.class);
        VolunteerRow x = volunteers.page(known.community.getId(), VolunteerQuery.all().withText("X阳性"), PageRequest.of(0, 5))
                .get(0);

        _setValue(view.person, x);
        _setValue(view.from, ExposureFixture.MONDAY);
        _setValue(view.to, ExposureFixture.MONDAY.plusDays(2));
        _click(view.find);

        assertThat(rows(view.contacts)).extracting(Contact::name, Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", "13900000001"),
                        org.assertj.core.groups.Tuple.tuple("E", "13900000005"));
        assertThat(view.summary.getText()).isEqualTo("X阳性：2026-11-30 至 2026-12-02 共 2 人");
        assertThat(view.export.isVisible()).isTrue();
        assertThat(rows(view.log)).extracting(ExposureLookup::getVolunteerName).containsExactly("X阳性");
    }

    @Test
    void the_range_defaults_to_the_last_fourteen_days_and_a_person_must_be_chosen() {
        login(Roles.SECRETARY, known.community.getId(), null);
        UI.getCurrent().navigate(ExposureView.class);
        ExposureView view = _get(ExposureView.class);

        assertThat(view.to.getValue().toEpochDay() - view.from.getValue().toEpochDay()).isEqualTo(13);
        _click(view.find);
        assertThat(view.contacts.isVisible()).isFalse();
    }
}
