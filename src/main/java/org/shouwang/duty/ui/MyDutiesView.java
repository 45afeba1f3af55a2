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
import org.shouwang.cover.CoverBroadcaster;
import org.shouwang.cover.OfferRefusedException;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.OfferRow;
import org.shouwang.cover.ui.GiveBackDialog;
import org.shouwang.cover.ui.OpenOffersPanel;
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
import org.shouwang.volunteer.Absence;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import java.time.format.DateTimeFormatter;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The volunteer's phone view: the next duty with team and lead, what changed since they last looked,
 * the duties to come, hours served, reporting leave or sickness, and the calendar subscription; call for
 * cover's part: the open seats they may take, and "I can't make it" on each duty.
 * Built for a 360 px wide screen first; everything stacks in one column.
 */
@Route(value = "my", layout = MainLayout.class)
@Menu(title = "duty.menu", order = 5)
@RolesAllowed({Roles.VOLUNTEER, Roles.COMMITTEE})
public class MyDutiesView extends VerticalLayout implements TranslatedTitle {

    private final DutyService duties;
    private final CalendarService calendars;
    private final Clock clock;
    private final CoverService cover;
    private OpenOffersPanel offers;
    /** The duties given back (or offered while away), by seat: marked on the duty, with "keep it". */
    private Map<Long, OfferRow> givenBack = Map.of();

    private final Div changes = new Div();
    private final Div next = new Div();
    private final Span hours = new Span();
    private final Div upcoming = new Div();
    private final Div calendar = new Div();
    private final Div myLeave = new Div();

    private static final DateTimeFormatter LEAVE_DAY = DateTimeFormatter.ofPattern("M/d");

    public MyDutiesView(DutyService duties, CalendarService calendars, Clock clock, CoverService cover,
                        CoverBroadcaster broadcaster) {
        this.duties = duties;
        this.cover = cover;
        this.calendars = calendars;
        this.clock = clock;
        addClassName("sw-view");
        setPadding(false);
        setSpacing(true);
        // One column, as wide as a phone even on a desktop screen: the view is read on phones.
        setMaxWidth("32rem");
        setWidthFull();
        if (!duties.hasOwnRecord()) {
            Paragraph noRecord = new Paragraph(getTranslation("duty.no-record"));
            noRecord.setId("duty-no-record");
            add(noRecord);
            return;
        }

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
        myLeave.setId("duty-my-leave");
        myLeave.setWidthFull();
        offers = new OpenOffersPanel(cover, broadcaster, clock, cover.myCommunityId(), this::refresh);
        add(greeting, changes, next, hours, leave, offers, myLeave, upcomingTitle, upcoming, calendar);
        refresh();
    }

    @Override
    public String titleKey() {
        return "duty.title";
    }

    private void refresh() {
        showChanges(duties.changesSinceLastLook());
        givenBack = cover.myGiveBacks();
        offers.refresh();
        List<Duty> list = duties.upcomingDuties();
        next.removeAll();
        next.add(list.isEmpty() ? new Paragraph(getTranslation("duty.none")) : createNextCard(list.get(0)));
        upcoming.removeAll();
        list.stream().skip(1).forEach(d -> upcoming.add(createRow(d)));
        if (list.size() <= 1) {
            upcoming.add(new Span(getTranslation("duty.upcoming.none")));
        }
        hours.setText(getTranslation("duty.hours", new DecimalFormat("0.#").format(duties.hoursServed())));
        showMyLeave();
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
        card.add(createGiveBack(duty));
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
            // A link of one line's height is hard to hit with a thumb: the theme gives it a button's height.
            call.addClassName("sw-tap-link");
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
        row.add(createGiveBack(duty));
        return row;
    }

    /**
     * "I can't make it" on a duty, or, once given back, what became of it (offered, or waiting for the
     * secretary) with "I'll keep it".
     */
    private Component createGiveBack(Duty duty) {
        Div part = new Div();
        part.addClassName("sw-give-back");
        OfferRow offer = givenBack.get(duty.assignmentId());
        if (offer != null) {
            Span state = new Span(getTranslation("cover.given-back." + offer.state().name()));
            state.getElement().getThemeList().add("badge small");
            state.addClassName("sw-given-back");
            part.add(state);
            if (offer.origin() == org.shouwang.cover.CoverOffer.Origin.GIVE_BACK) {
                Button keep = new Button(getTranslation("cover.given-back.keep"), e -> {
                    try {
                        cover.withdraw(offer.offerId());
                    } catch (OfferRefusedException gone) {
                        Notification.show(getTranslation("cover.refused." + gone.why().name()))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
                keep.addClassName("sw-keep-duty");
                keep.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                part.add(keep);
            }
            return part;
        }
        if (!duty.onLeave()) {
            Button cannot = new Button(getTranslation("cover.give-back.open"), e -> new GiveBackDialog(cover,
                    duty.assignmentId(), ShiftText.span(this, duty.startsAt(), duty.endsAt()) + " · " + duty.post(),
                    this::refresh).open());
            cannot.setId("cover-give-back-" + duty.assignmentId());
            cannot.addClassName("sw-give-back-open");
            cannot.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            part.add(cannot);
        }
        return part;
    }

    /** The volunteer's own leave to come (or going on): seen at a glance, withdrawn while it lies ahead. */
    private void showMyLeave() {
        myLeave.removeAll();
        List<Absence> absences = duties.myAbsences();
        myLeave.setVisible(!absences.isEmpty());
        if (absences.isEmpty()) {
            return;
        }
        H3 title = new H3(getTranslation("duty.my-leave.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-m)").set("margin", "0");
        myLeave.add(title);
        LocalDateTime now = LocalDateTime.now(clock);
        for (Absence absence : absences) {
            Div row = new Div();
            row.addClassName("sw-my-leave");
            // Whole days: an absence ends at midnight after its last day.
            LocalDate last = absence.getEndsAt().minusNanos(1).toLocalDate();
            row.add(new Span(getTranslation("duty.my-leave.row", getTranslation("duty.reason." + absence.getReason().name()),
                    LEAVE_DAY.format(absence.getStartsAt()), LEAVE_DAY.format(last))));
            if (absence.getStartsAt().isAfter(now)) {
                Button withdraw = new Button(getTranslation("duty.my-leave.withdraw"), e -> confirmWithdraw(absence));
                withdraw.addClassName("sw-withdraw-leave");
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(withdraw);
            }
            myLeave.add(row);
        }
    }

    private void confirmWithdraw(Absence absence) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("duty-withdraw-confirm");
        confirm.setHeader(getTranslation("duty.my-leave.withdraw"));
        confirm.setText(getTranslation("duty.my-leave.confirm", LEAVE_DAY.format(absence.getStartsAt()),
                LEAVE_DAY.format(absence.getEndsAt().minusNanos(1))));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("duty.my-leave.keep"));
        confirm.setConfirmText(getTranslation("duty.my-leave.withdraw"));
        confirm.addConfirmListener(e -> {
            try {
                duties.withdrawAbsence(absence.getStartsAt(), absence.getEndsAt());
                Notification.show(getTranslation("duty.my-leave.withdrawn"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException refused) {
                Notification.show(getTranslation("duty.my-leave.refused"))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        confirm.open();
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
            subscribe.setId("duty-calendar-open");
            subscribe.addClassName("sw-tap-link");
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
