package org.shouwang.duty.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.List;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.KaribuTest;
import org.shouwang.roster.RosterWindow;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.roster.Assignment;
import org.shouwang.duty.CalendarService;
import org.shouwang.duty.DutyFixture;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Roster;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

class MyDutiesViewTest extends KaribuTest {

    @Autowired
    PublishingService publishing;
    @Autowired
    DutyService duties;
    @Autowired
    CalendarService calendars;
    @Autowired
    Clock clock;

    DutyFixture data;
    Volunteer wang;
    RosterWindow roster;
    Assignment wangSeat;
    LocalDate tomorrow;

    @BeforeEach
    void setUp() {
        data = new DutyFixture(ctx);
        Volunteer lead = data.volunteer("张组长", "13800000009", "LEAD");
        wang = data.volunteer("王芳", "13800000001");
        Volunteer li = data.volunteer("李强", "13800000002");
        tomorrow = LocalDate.now(clock).plusDays(1);
        roster = data.window(tomorrow, tomorrow.plusDays(2));
        data.demand(data.gate, LocalTime.of(7, 0), LocalTime.of(11, 0), 3, "LEAD");
        data.demand(data.gate, LocalTime.of(19, 0), LocalTime.of(23, 0), 1);
        data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 0, "LEAD", lead);
        wangSeat = data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 1, null, wang);
        data.seat(roster, data.gate, tomorrow.atTime(7, 0), 4, 2, null, li);
        data.seat(roster, data.gate, tomorrow.plusDays(1).atTime(19, 0), 4, 0, null, wang);
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        publishing.publish(roster);
    }

    private void openAsWang() {
        login(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        UI.getCurrent().navigate(MyDutiesView.class);
    }

    @Test
    void the_volunteer_sees_the_next_duty_with_team_lead_and_only_the_leads_phone() {
        openAsWang();

        String card = get_textRecursively(_get(Card.class));
        assertThat(card).contains("07:00–11:00").contains("堰山和畔 · 北门").contains("张组长").contains("李强");
        assertThat(_get(Anchor.class, a -> a.withId("duty-lead-phone")).getHref()).isEqualTo("tel:13800000009");
        assertThat(_get(Anchor.class, a -> a.withId("duty-lead-phone")).getClassNames()).as("a thumb-sized target")
                .contains("sw-tap-link");
        assertThat(get_textRecursively(_get(MyDutiesView.class))).doesNotContain("13800000002");
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-upcoming")))).contains("19:00–23:00");
        // First publish: both duties are news to her.
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-changes")))).contains("2");
        _click(_get(Button.class, b -> b.withId("duty-changes-seen")));
        assertThat(duties.changesSinceLastLook()).isEmpty();
    }

    @Test
    void the_volunteer_sees_their_reported_leave_and_withdraws_one_that_lies_ahead() {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        LocalDate inAWeek = LocalDate.now(clock).plusDays(7);
        duties.reportAbsence(LocalDate.now(clock), LocalDate.now(clock), Absence.Reason.SICK, null);
        duties.reportAbsence(inAWeek, inAWeek.plusDays(1), Absence.Reason.LEAVE, null);
        openAsWang();

        Div leave = _get(Div.class, d -> d.withId("duty-my-leave"));
        assertThat(get_textRecursively(leave)).contains("生病").contains("请假")
                .contains(inAWeek.getMonthValue() + "/" + inAWeek.getDayOfMonth());
        // Today's sickness has begun: only the leave ahead can be withdrawn.
        List<Button> withdraw = _find(leave, Button.class);
        assertThat(withdraw).hasSize(1);
        _click(withdraw.get(0));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ConfirmDialogKt._fireConfirm(confirm);
        // The browser closes a confirm dialog by itself; the mock does not.
        confirm.close();

        assertThat(duties.myAbsences()).extracting(Absence::getReason).containsExactly(Absence.Reason.SICK);
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-my-leave")))).doesNotContain("请假：");
    }

    @Test
    void a_leave_that_has_begun_or_is_not_ones_own_cannot_be_withdrawn() {
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        LocalDate today = LocalDate.now(clock);
        duties.reportAbsence(today, today, Absence.Reason.SICK, null);
        duties.reportAbsence(today.plusDays(5), today.plusDays(5), Absence.Reason.LEAVE, null);
        Volunteer li = data.volunteer("李四", "13800000004");

        assertThatThrownBy(() -> duties.withdrawAbsence(today.atStartOfDay(), today.plusDays(1).atStartOfDay()))
                .isInstanceOf(IllegalArgumentException.class);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), li.getId());
        assertThatThrownBy(() -> duties.withdrawAbsence(today.plusDays(5).atStartOfDay(), today.plusDays(6).atStartOfDay()))
                .isInstanceOf(IllegalArgumentException.class);
        TestUsers.signIn(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        assertThat(duties.myAbsences()).hasSize(2);
    }

    @Test
    void reporting_sickness_in_the_dialog_records_it_and_the_secretary_sees_the_seat_flagged() {
        openAsWang();
        _click(_get(Button.class, b -> b.withId("duty-report-leave")));
        _setValue(_get(DatePicker.class, f -> f.withId("leave-first")), tomorrow);
        _setValue(_get(DatePicker.class, f -> f.withId("leave-last")), tomorrow);
        _setValue(_get(Select.class, f -> f.withId("leave-reason")), Absence.Reason.SICK);
        _click(_get(Button.class, b -> b.withId("leave-save")));

        assertThat(NotificationsKt.getNotifications()).extracting(Notification::getElement)
                .anySatisfy(n -> assertThat(n.getProperty("text")).isNotBlank());
        TestUsers.signIn(Roles.SECRETARY, data.community.getId(), null);
        assertThat(duties.seatsNeedingCover(roster)).extracting(SeatNeedingCover::assignmentId)
                .containsExactly(wangSeat.getId());
    }

    @Test
    void the_calendar_link_is_shown_once_and_can_be_revoked() {
        openAsWang();
        _click(_get(Button.class, b -> b.withId("duty-calendar-issue")));
        String url = _get(TextField.class, f -> f.withId("duty-calendar-url")).getValue();
        assertThat(url).contains("/calendar/").endsWith(".ics");
        Anchor open = _get(Anchor.class, a -> a.withId("duty-calendar-open"));
        assertThat(open.getHref()).startsWith("webcal://").endsWith(".ics");
        assertThat(open.getClassNames()).as("a thumb-sized target, not a 17 px line").contains("sw-tap-link");
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(calendars.feed(token, Translations.CHINESE)).isPresent();

        _click(_get(Button.class, b -> b.withId("duty-calendar-revoke")));
        assertThat(calendars.feed(token, Translations.CHINESE)).isEmpty();
        assertThat(calendars.hasMyCalendar()).isFalse();
        assertThat(get_textRecursively(_get(Div.class, d -> d.withId("duty-calendar")))).doesNotContain(token);
    }

    @Test
    void only_volunteers_and_committee_members_open_the_phone_view_and_only_committee_the_coverage() {
        login(Roles.VOLUNTEER, data.community.getId(), wang.getId());
        assertThat(canNavigate(MyDutiesView.class)).isTrue();
        assertThat(canNavigate(CommitteeCoverageView.class)).isFalse();
        login(Roles.COMMITTEE, data.community.getId(), wang.getId());
        assertThat(canNavigate(MyDutiesView.class)).isTrue();
        assertThat(canNavigate(CommitteeCoverageView.class)).isTrue();
        login(Roles.SECRETARY, data.community.getId(), null);
        assertThat(canNavigate(MyDutiesView.class)).isFalse();
        logout();
        assertThat(canNavigate(MyDutiesView.class)).isFalse();
    }
}
