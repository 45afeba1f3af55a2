package org.shouwang.duty.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.duty.CalendarService;
import org.shouwang.duty.Duty;
import org.shouwang.duty.DutyService;
import org.shouwang.duty.MyChange;
import org.shouwang.roster.ui.ShiftText;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.text.DecimalFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The volunteer's phone view: the next duty with team and lead, what changed since they last looked,
 * the duties to come, hours served, reporting leave or sickness, and the calendar subscription.
 * Built for a 360 px wide screen first; everything stacks in one column.
 */
@Route(value = "my", layout = MainLayout.class)
@Menu(title = "duty.menu", order = 5)
@RolesAllowed({Roles.VOLUNTEER, Roles.COMMITTEE})
public class MyDutiesView extends VerticalLayout implements TranslatedTitle {

    private final DutyService duties;
    private final CalendarService calendars;
    private final Clock clock;

    private final Div changes = new Div();
    private final Div next = new Div();
    private final Span hours = new Span();
    private final Div upcoming = new Div();
    private final Div calendar = new Div();

    public MyDutiesView(DutyService duties, CalendarService calendars, Clock clock) {
        this.duties = duties;
        this.calendars = calendars;
        this.clock = clock;
        addClassName("sw-view");
        setPadding(false);
        setSpacing(true);
        // One column, as wide as a phone even on a desktop screen: the view is read on phones.
        setMaxWidth("32rem");
        setWidthFull();

        changes.setId("duty-changes");
        next.setId("duty-next");
        next.setWidthFull();
        hours.setId("duty-hours");
        hours.addClassName("sw-muted");
        upcoming.setId("duty-upcoming");
        upcoming.setWidthFull();
        calendar.setId("duty-calendar");
        calendar.setWidthFull();

        Button leave = new Button(getTranslation("duty.leave.open"), e -> openLeaveDialog());
        leave.setId("duty-report-leave");
        leave.setWidthFull();

        H2 greeting = new H2(getTranslation("duty.greeting", duties.myName()));
        greeting.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("margin", "0");
        H3 upcomingTitle = new H3(getTranslation("duty.upcoming"));
        upcomingTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        add(greeting, changes, next, hours, leave, upcomingTitle, upcoming, calendar);
        refresh();
    }

    @Override
    public String titleKey() {
        return "duty.title";
    }

    private void refresh() {
        showChanges(duties.changesSinceLastLook());
        List<Duty> list = duties.upcomingDuties();
        next.removeAll();
        next.add(list.isEmpty() ? new Paragraph(getTranslation("duty.none")) : createNextCard(list.get(0)));
        upcoming.removeAll();
        list.stream().skip(1).forEach(d -> upcoming.add(createRow(d)));
        if (list.size() <= 1) {
            upcoming.add(new Span(getTranslation("duty.upcoming.none")));
        }
        hours.setText(getTranslation("duty.hours", new DecimalFormat("0.#").format(duties.hoursServed())));
        showCalendar(Optional.empty());
    }

    private void showChanges(List<MyChange> list) {
        changes.removeAll();
        changes.setVisible(!list.isEmpty());
        if (list.isEmpty()) {
            return;
        }
        changes.getElement().setAttribute("role", "status");
        changes.getStyle().set("background", "var(--lumo-primary-color-10pct)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("width", "100%").set("box-sizing", "border-box");
        changes.add(new Span(getTranslation("duty.changes.title", list.size())));
        for (MyChange change : list) {
            Div line = new Div(getTranslation("duty.changes." + change.kind().name(),
                    ShiftText.span(this, change.startsAt(), change.endsAt()), change.compound(), change.post()));
            line.addClassName("sw-muted");
            changes.add(line);
        }
        Button seen = new Button(getTranslation("duty.changes.seen"), e -> {
            duties.markChangesSeen();
            showChanges(List.of());
        });
        seen.setId("duty-changes-seen");
        seen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        changes.add(seen);
    }

    private Component createNextCard(Duty duty) {
        Card card = new Card();
        card.setWidthFull();
        card.setTitle(getTranslation("duty.next"));
        card.setSubtitle(new Span(ShiftText.date(this, duty.startsAt())));
        Span time = new Span(ShiftText.time(duty.startsAt(), duty.endsAt()));
        time.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600");
        Div where = new Div(duty.compound() + " · " + duty.post());
        where.setId("duty-next-where");
        card.add(time, where, createLead(duty));
        if (!duty.teammates().isEmpty()) {
            String separator = getTranslation("editing.list-separator");
            card.add(new Div(getTranslation("duty.team", String.join(separator, duty.teammates()))));
        }
        if (duty.onLeave() || duty.changed()) {
            Span pending = new Span(getTranslation(duty.onLeave() ? "duty.onLeave" : "duty.pending"));
            pending.setId("duty-next-status");
            pending.getElement().getThemeList().add("badge contrast");
            card.add(pending);
        }
        return card;
    }

    private Component createLead(Duty duty) {
        if (duty.lead() == null) {
            return new Div(getTranslation("duty.lead.none"));
        }
        if (duty.iLead()) {
            return new Div(getTranslation("duty.lead.you"));
        }
        Div lead = new Div(new Span(getTranslation("duty.lead", duty.lead())));
        if (duty.leadPhone() != null) {
            Anchor call = new Anchor("tel:" + duty.leadPhone().replace(" ", ""), duty.leadPhone());
            call.setId("duty-lead-phone");
            call.getStyle().set("margin-left", "var(--lumo-space-s)");
            lead.add(call);
        }
        return lead;
    }

    private Component createRow(Duty duty) {
        Div row = new Div();
        row.addClassName("sw-card");
        row.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        row.add(new Div(ShiftText.span(this, duty.startsAt(), duty.endsAt())));
        Div where = new Div(duty.compound() + " · " + duty.post());
        where.addClassName("sw-muted");
        row.add(where);
        if (duty.onLeave()) {
            Span leave = new Span(getTranslation("duty.onLeave"));
            leave.getElement().getThemeList().add("badge contrast small");
            row.add(leave);
        }
        return row;
    }

    private void openLeaveDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("duty.leave.title"));
        dialog.setWidth("min(100vw, 28rem)");
        LeaveForm form = new LeaveForm(LocalDate.now(clock));
        form.addCancelListener(e -> dialog.close());
        form.addSaveListener(e -> {
            LeaveRequest request = e.request();
            try {
                List<Duty> affected = duties.reportAbsence(request.getFirst(), request.getLast(),
                        request.getReason(), request.getNote());
                dialog.close();
                Notification.show(getTranslation("duty.leave.saved", affected.size()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            } catch (IllegalArgumentException refused) {
                Notification.show(getTranslation("duty.leave.refused"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            } catch (ObjectOptimisticLockingFailureException conflict) {
                Notification.show(getTranslation("duty.leave.conflict"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.add(form);
        dialog.open();
    }

    /** The subscription section; {@code newToken} is shown once, right after it was issued. */
    private void showCalendar(Optional<String> newToken) {
        calendar.removeAll();
        calendar.add(new H3(getTranslation("duty.calendar")));
        if (newToken.isPresent()) {
            String url = absolute(CalendarService.feedPath(newToken.get(), getLocale()));
            TextField link = new TextField(getTranslation("duty.calendar.url"));
            link.setId("duty-calendar-url");
            link.setValue(url);
            link.setReadOnly(true);
            link.setWidthFull();
            Anchor subscribe = new Anchor(url.replaceFirst("^https?://", "webcal://"), getTranslation("duty.calendar.open"));
            calendar.add(new Paragraph(getTranslation("duty.calendar.once")), link, subscribe);
        }
        boolean active = newToken.isPresent() || calendars.hasMyCalendar();
        Button issue = new Button(getTranslation(active ? "duty.calendar.renew" : "duty.calendar.subscribe"),
                e -> showCalendar(Optional.of(calendars.issueMyToken())));
        issue.setId("duty-calendar-issue");
        HorizontalLayout actions = new HorizontalLayout(issue);
        if (active) {
            Button revoke = new Button(getTranslation("duty.calendar.revoke"), e -> {
                calendars.revokeMine();
                Notification.show(getTranslation("duty.calendar.revoked"));
                showCalendar(Optional.empty());
            });
            revoke.setId("duty-calendar-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(revoke);
        } else {
            calendar.add(new Paragraph(getTranslation("duty.calendar.explain")));
        }
        calendar.add(actions);
    }

    private static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                    .path("/" + path).toUriString();
        }
        return "/" + path;
    }
}
