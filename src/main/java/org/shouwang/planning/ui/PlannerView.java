package org.shouwang.planning.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import org.shouwang.base.Roles;
import org.shouwang.base.ui.GuardedDownload;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.community.ui.CommunitySelection;
import org.shouwang.cover.CoverBroadcaster;
import org.shouwang.cover.OfferRefusedException;
import org.shouwang.cover.CoverService;
import org.shouwang.cover.ui.CoverHistoryDialog;
import org.shouwang.cover.ui.LiveOffers;
import org.shouwang.cover.ui.OfferRangeDialog;
import org.shouwang.duty.DutyService;
import org.shouwang.publish.ui.PublishDialog;
import org.shouwang.sheet.GateSheetService;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.CoverRefusedException;
import org.shouwang.roster.RosterWindow;
import org.shouwang.duty.SeatNeedingCover;
import org.shouwang.roster.RosterBoard;
import org.shouwang.roster.RosterService;
import org.shouwang.planning.RosterSolverService;
import org.shouwang.roster.SeatConflictException;
import org.shouwang.roster.SeatNotPublishedException;
import org.shouwang.planning.SolveElsewhereException;
import org.shouwang.planning.SolveLeases;
import org.shouwang.planning.SolveRunningException;
import org.shouwang.solver.SeatRef;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

/**
 * The planner: a window onto the community's timeline (a week at first; previous or next week, today, or
 * any dates), the board of its seats, the seats needing cover with who could cover them, solving the
 * window in the background while browsing, fixing seats by hand, and why the roster scores as it does and
 * how many more people it needs.
 */
@Route(value = "planner", layout = MainLayout.class)
@Menu(title = "roster.planner.menu", order = 20)
@RolesAllowed({Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE})
public class PlannerView extends VerticalLayout implements TranslatedTitle {

    /** The window at first: a week from today. */
    static final int DEFAULT_DAYS = 7;
    /** While solving, the board shows the best roster so far at most this often (redrawing it costs). */
    static final Duration BOARD_EVERY = Duration.ofSeconds(2);
    /** While solving, the page asks for news this often: the seconds count up. */
    static final int TICK_MILLIS = 1000;
    private static final long TICK_SLACK_NANOS = Duration.ofMillis(200).toNanos();

    private final RosterService rosters;
    private final RosterSolverService solverService;
    private final Long communityId;

    private final WindowNavigator navigator;
    private final Select<Optional<RosterBoard.CompoundInfo>> compound = new Select<>();
    private final Button solve = new Button();
    private final Button stop = new Button();
    /** The one status line: the roster's figures, or while solving the best roster's so far. */
    private final Span status = new Span();
    private final ComboBox<RosterService.VolunteerRef> person = new ComboBox<>();
    private final BoardGrid board = new BoardGrid(this::openSeat);
    private final Div side = new Div();
    private final Div empty = new Div();
    private final CoverList coverList = new CoverList(this::cover);

    // Publishing (its own feature's part of the board): the publish button and the chips' marks.
    private final PublishingService publishing;
    private final DutyService duties;
    private final PublishDialog publish;
    private final Anchor sheets;

    // Call for cover (its own feature's part of the board): offering seats, and the chips' offer marks.
    private final CoverService cover;
    private final Button offerEmpty = new Button();

    private RosterBoard current;
    /** The window open on the board; {@code null} when the community has no timeline the viewer may see. */
    private RosterWindow window;
    private final Clock clock;
    private RosterSolverService.Subscription subscription;
    private Registration ticking;
    /** Polls the database while another app server solves this community. */
    private Registration watchingElsewhere;
    private String sidePanel;
    /** The volunteers of the community by code, to name the seats of a solve's best roster so far. */
    private Map<String, RosterService.VolunteerRef> volunteersByCode = Map.of();
    /** The latest report of a running solve (set on the solver's thread), and the one the board shows. */
    private final AtomicReference<RosterSolverService.Progress> latest = new AtomicReference<>();
    private RosterSolverService.Progress drawn;
    private volatile long drawnAt;

    public PlannerView(RosterService rosters, RosterSolverService solverService, CommunitySelection selection,
                       Clock clock, PublishingService publishing, DutyService duties, GateSheetService gateSheets,
                       CoverService cover, CoverBroadcaster coverNews) {
        this.rosters = rosters;
        this.cover = cover;
        this.sheets = sheetsDownload(gateSheets);
        this.publishing = publishing;
        this.duties = duties;
        this.publish = new PublishDialog(publishing, this::refresh);
        publish.setVisible(rosters.canPlan());
        this.solverService = solverService;
        this.clock = clock;
        this.communityId = selection.currentId().orElse(null);
        this.navigator = new WindowNavigator(() -> LocalDate.now(clock), DEFAULT_DAYS);
        navigator.addWindowChangedListener(e -> {
            if (e.isValid()) {
                openWindow(e.getFrom(), e.getTo());
            } else {
                notify(getTranslation("roster.planner.horizon.invalid"), NotificationVariant.LUMO_ERROR);
            }
        });
        addClassName("sw-view");
        addClassName("sw-planner");
        setSizeFull();
        setPadding(false);

        add(createToolbar(), status, coverList);
        status.setId("planner-status");
        status.addClassName("sw-progress");
        empty.setId("planner-no-roster");
        empty.addClassName("sw-muted");
        Div scroller = new Div(board, empty);
        scroller.addClassName("sw-board-scroller");
        side.addClassName("sw-side");
        side.setVisible(false);
        FlexLayout main = new FlexLayout(scroller, side);
        main.addClassName("sw-planner-main");
        main.setWidthFull();
        addAndExpand(main);

        if (communityId == null) {
            empty.setText(getTranslation("roster.planner.no-community"));
            setEditing(false);
            return;
        }
        // A seat taken from an offer (or offered, withdrawn) shows on the board at once.
        LiveOffers.follow(this, coverNews, communityId, this::refresh);
        List<RosterService.VolunteerRef> volunteers = rosters.volunteersOf(communityId);
        person.setItems(volunteers);
        volunteersByCode = volunteers.stream().collect(Collectors.toMap(RosterService.VolunteerRef::code, v -> v));
        LocalDate today = LocalDate.now(clock);
        navigator.show(today, today.plusDays(DEFAULT_DAYS - 1));
    }

    @Override
    public String titleKey() {
        return "roster.planner.title";
    }

    private Component createToolbar() {
        compound.setLabel(getTranslation("roster.planner.compound"));
        compound.setId("planner-compound");
        compound.setItemLabelGenerator(c -> c.map(RosterBoard.CompoundInfo::name)
                .orElse(getTranslation("roster.planner.compound.all")));
        compound.addValueChangeListener(e -> {
            if (current != null && e.getValue() != null) {
                board.show(current, e.getValue().map(RosterBoard.CompoundInfo::id).orElse(null));
            }
        });

        solve.setText(getTranslation("roster.planner.solve"));
        solve.setId("planner-solve");
        solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        solve.addClickListener(e -> startSolving());
        stop.setText(getTranslation("roster.planner.stop"));
        stop.setId("planner-stop");
        stop.setEnabled(false);
        stop.addClickListener(e -> solverService.stop(communityId));
        // Like Publish: only those who may plan see the solver's buttons, rather than greyed ones nobody explains.
        solve.setVisible(rosters.canPlan());
        stop.setVisible(rosters.canPlan());

        Button why = new Button(getTranslation("roster.planner.why"), e -> toggleSide("why"));
        why.setId("planner-why-toggle");
        Button coverage = new Button(getTranslation("roster.planner.coverage"), e -> toggleSide("coverage"));
        coverage.setId("planner-coverage-toggle");

        person.setLabel(getTranslation("roster.planner.person"));
        person.setId("planner-person");
        person.setItemLabelGenerator(v -> v.name() + " (" + v.code() + ")");
        person.setClearButtonVisible(true);
        person.addValueChangeListener(e -> {
            if (e.getValue() != null && window != null) {
                showDuties(e.getValue().id());
            }
        });

        offerEmpty.setText(getTranslation("cover.range.open"));
        offerEmpty.setId("planner-offer-empty");
        offerEmpty.addClickListener(e -> {
            if (window != null) {
                LocalDate today = LocalDate.now(clock);
                new OfferRangeDialog(cover, communityId, window.from().isBefore(today) ? today : window.from(),
                        window.to(), this::refresh).open();
            }
        });

        FlexLayout bar = new FlexLayout(navigator, compound, solve, stop, publish, sheets, offerEmpty, why, coverage,
                person);
        bar.addClassName("sw-toolbar");
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        return bar;
    }

    /** The printable sheets of the open window, one per gate, in the page's language. */
    private Anchor sheetsDownload(GateSheetService gateSheets) {
        java.util.Locale locale = getLocale();
        Anchor anchor = new Anchor(GuardedDownload.of(event -> {
            RosterWindow shown = window;
            byte[] book = gateSheets.workbook(shown, locale);
            return new DownloadResponse(new ByteArrayInputStream(book), "shouwang-roster-" + shown.from() + "-"
                    + shown.to() + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    book.length);
        }, "sheet.download.failed"), getTranslation("sheet.download"));
        anchor.setId("planner-sheets");
        anchor.addClassName("sw-download");
        anchor.setEnabled(false);
        return anchor;
    }

    private void openWindow(LocalDate first, LocalDate last) {
        window = rosters.open(communityId, first, last).orElse(null);
        refresh();
    }

    /** Loads the board again from the database and redraws it, keeping the compound filter. */
    void refresh() {
        if (window == null) {
            current = null;
            publish.setWindow(null);
            sheets.setEnabled(false);
            offerEmpty.setEnabled(false);
            coverList.show(List.of(), Map.of());
            board.clear();
            empty.setText(getTranslation("roster.planner.no-roster"));
            status.setText("");
            setEditing(false);
            return;
        }
        empty.setText("");
        current = rosters.board(window);
        Optional<RosterBoard.CompoundInfo> chosen = compound.getValue() == null ? Optional.empty()
                : compound.getValue().flatMap(c -> current.compounds().stream().filter(x -> x.id() == c.id()).findFirst());
        List<Optional<RosterBoard.CompoundInfo>> choices = new java.util.ArrayList<>();
        choices.add(Optional.empty());
        current.compounds().forEach(c -> choices.add(Optional.of(c)));
        compound.setItems(choices);
        // Many compounds at once do not fit a laptop screen: start with the first one.
        if (chosen.isEmpty() && compound.getValue() == null && current.compounds().size() > 1) {
            chosen = Optional.of(current.compounds().get(0));
        }
        compound.setValue(chosen);
        publish.setWindow(window);
        sheets.setEnabled(true);
        offerEmpty.setEnabled(true);
        board.setCoverMarks(cover.marks(current.seats().stream().map(RosterBoard.Seat::assignmentId).toList()));
        List<SeatNeedingCover> needingCover = duties.seatsNeedingCover(window);
        board.setMarkers(PublishMarkers.load(publishing, rosters.canPlan(), window, needingCover));
        coverList.show(needingCover, current.seats().stream()
                .collect(Collectors.toMap(RosterBoard.Seat::assignmentId, seat -> seat)));
        board.show(current, chosen.map(RosterBoard.CompoundInfo::id).orElse(null));
        status.setText(getTranslation("roster.planner.summary", String.valueOf(current.filled()),
                String.valueOf(current.seats().size()), RuleNames.score(this, current.score())));
        setEditing(true);
        if (communityId != null && solverService.isSolving(communityId)) {
            showSolving();
        } else {
            showElsewhere();
        }
        if ("why".equals(sidePanel)) {
            showSide("why");
        } else if ("coverage".equals(sidePanel)) {
            showSide("coverage");
        }
    }

    private void setEditing(boolean rosterOpen) {
        boolean solving = communityId != null && solverService.isSolving(communityId);
        boolean planner = communityId != null && rosters.canPlan();
        solve.setEnabled(planner && rosterOpen && !solving && watchingElsewhere == null);
        stop.setEnabled(planner && solving);
    }

    private void startSolving() {
        if (window == null) {
            return;
        }
        try {
            solverService.start(window, null);
        } catch (SolveElsewhereException e) {
            showElsewhere();
            notify(status.getText(), NotificationVariant.LUMO_CONTRAST);
        } catch (SolveRunningException e) {
            notify(getTranslation("roster.planner.solve.running"), NotificationVariant.LUMO_CONTRAST);
        } catch (AccessDeniedException e) {
            notify(getTranslation("roster.planner.denied"), NotificationVariant.LUMO_ERROR);
        }
        setEditing(current != null);
        solverService.current(communityId).ifPresent(this::follow);
    }

    /** A report from the solver's thread: the end at once, new best rosters at most every two seconds. */
    private void onReport(UI ui, SecurityContext viewer, RosterSolverService.Progress p) {
        if (p.state() != RosterSolverService.State.SOLVING) {
            latest.set(null);
            ui.access(() -> DelegatingSecurityContextRunnable.create(() -> onEnd(p), viewer).run());
            return;
        }
        latest.set(p);
        if (System.nanoTime() - drawnAt >= BOARD_EVERY.toNanos()) {
            ui.access(() -> DelegatingSecurityContextRunnable.create(this::showSolving, viewer).run());
        }
    }

    /** Starts following a running solve: the status line counts the seconds, the board follows the best roster. */
    private void follow(RosterSolverService.Progress p) {
        latest.compareAndSet(null, p);
        showSolving();
    }

    private void startTicking() {
        getUI().ifPresent(ui -> {
            ui.setPollInterval(TICK_MILLIS);
            ticking = ui.addPollListener(e -> showSolving());
        });
    }

    /** The status line of a running solve, and its best roster on the board when that is new and due. */
    private void showSolving() {
        RosterSolverService.Progress p = latest.get();
        if (p == null) {
            return;
        }
        if (ticking == null) {
            startTicking();
        }
        String seconds = seconds(Duration.between(p.started(), clock.instant()));
        status.setText(p.score() == null ? getTranslation("roster.planner.progress.started", seconds)
                : getTranslation("roster.planner.progress", RuleNames.score(this, p.score()), String.valueOf(p.filled()),
                String.valueOf(p.seats()), seconds));
        if (p != drawn && p.roster() != null && current != null && current.window().equals(p.window())
                && System.nanoTime() - drawnAt >= BOARD_EVERY.toNanos() - TICK_SLACK_NANOS) {
            drawn = p;
            drawnAt = System.nanoTime();
            current = current.withRoster(p.roster(), volunteersByCode, p.score());
            board.show(current, compound.getValue() == null ? null
                    : compound.getValue().map(RosterBoard.CompoundInfo::id).orElse(null));
        }
    }

    private void onEnd(RosterSolverService.Progress p) {
        stopTicking();
        if (p.state() == RosterSolverService.State.FAILED) {
            refresh();
            status.setText(getTranslation("roster.planner.progress.failed"));
            notify(getTranslation("roster.planner.progress.failed"), NotificationVariant.LUMO_ERROR);
            return;
        }
        if (window != null && window.equals(p.window())) {
            refresh();
            // The figures of the roster as it was saved (hand edits made meanwhile included).
            String done = getTranslation("roster.planner.progress.done", RuleNames.score(this, current.score()),
                    String.valueOf(current.filled()), String.valueOf(current.seats().size()), seconds(p.elapsed()));
            if (p.replan()) {
                // A re-solve says how much it changed: every changed seat is a phone call.
                // A forced seat is a changed one too (its volunteer cannot be given back), so none changed says all.
                String replanned = p.changed() == 0
                        ? getTranslation("roster.planner.replanned.none")
                        : getTranslation("roster.planner.replanned", p.forced(), p.changed());
                done = getTranslation("roster.planner.progress.done-replanned", done, replanned);
                notify(replanned, NotificationVariant.LUMO_CONTRAST);
            }
            status.setText(done);
        } else {
            setEditing(current != null);
        }
    }

    /**
     * Another app server solves this community: say who started it, when, and how far it got (read from
     * the database every tick), and show its result once it is written.
     */
    private void showElsewhere() {
        Optional<SolveLeases.Lease> lease = communityId == null ? Optional.empty()
                : solverService.elsewhere(communityId);
        if (lease.isEmpty()) {
            if (watchingElsewhere != null) {
                watchingElsewhere.remove();
                watchingElsewhere = null;
                getUI().ifPresent(ui -> ui.setPollInterval(-1));
                refresh();
            }
            return;
        }
        SolveLeases.Lease other = lease.get();
        String since = DateTimeFormatter.ofPattern("HH:mm").format(other.startedAt().atZone(clock.getZone()));
        status.setText(getTranslation("roster.planner.solve.elsewhere", since, other.startedBy(),
                String.valueOf(other.filled()), String.valueOf(other.seats())));
        if (watchingElsewhere == null) {
            getUI().ifPresent(ui -> {
                ui.setPollInterval(TICK_MILLIS);
                watchingElsewhere = ui.addPollListener(e -> showElsewhere());
            });
            setEditing(current != null);
        }
    }

    private void stopTicking() {
        if (ticking != null) {
            ticking.remove();
            ticking = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
        drawn = null;
    }

    private static String seconds(Duration elapsed) {
        return String.valueOf(elapsed.toSeconds());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (communityId == null) {
            return;
        }
        UI ui = event.getUI();
        // The update may run on the solver's thread, which carries whoever started the solve: the page
        // must reload the board as its own user (a committee member sees fewer editable seats).
        SecurityContext viewer = SecurityContextHolder.createEmptyContext();
        viewer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        subscription = solverService.listen(communityId, p -> onReport(ui, viewer, p));
        solverService.current(communityId).ifPresent(this::follow);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        stopTicking();
        super.onDetach(event);
    }

    private void openSeat(RosterBoard.Seat seat) {
        new SeatDialog(seat, rosters.candidates(seat.assignmentId()), board.markers().cover(seat.assignmentId()),
                cover.seatCover(seat.assignmentId()), new SeatDialog.Actions() {
            @Override
            public void assign(RosterBoard.Seat s, Long volunteerId) {
                edit(() -> rosters.assign(s.assignmentId(), s.version(), volunteerId));
            }

            @Override
            public void pin(RosterBoard.Seat s, boolean pinned) {
                edit(() -> rosters.setPinned(s.assignmentId(), s.version(), pinned));
            }

            @Override
            public void release(RosterBoard.Seat s, boolean released) {
                edit(() -> rosters.setReleased(s.assignmentId(), s.version(), released));
            }

            @Override
            public void showDuties(long volunteerId) {
                PlannerView.this.showDuties(volunteerId);
            }

            @Override
            public void offer(RosterBoard.Seat s) {
                callForCover(() -> PlannerView.notify(getTranslation("cover.seat.offered.done",
                        cover.offer(s.assignmentId())), NotificationVariant.LUMO_SUCCESS));
            }

            @Override
            public void withdrawOffer(RosterBoard.Seat s, long offerId) {
                callForCover(() -> {
                    cover.withdraw(offerId);
                    PlannerView.notify(getTranslation("cover.seat.withdrawn"), NotificationVariant.LUMO_SUCCESS);
                });
            }

            @Override
            public void coverHistory(RosterBoard.Seat s) {
                new CoverHistoryDialog(s.postName() + " " + s.start().toLocalDate() + " "
                        + s.start().toLocalTime(), cover.history(s.assignmentId())).open();
            }
        }).open();
    }

    /** One tap in the cover list: the seat goes to the candidate if they still break no hard rule. */
    private void cover(RosterBoard.Seat seat, SeatNeedingCover.Candidate candidate) {
        try {
            rosters.cover(seat.assignmentId(), seat.version(), candidate.volunteerId());
            notify(getTranslation("roster.planner.cover.done", candidate.name()), NotificationVariant.LUMO_SUCCESS);
        } catch (CoverRefusedException e) {
            notify(getTranslation("roster.planner.cover.refused", RuleNames.rules(this, e.broken())),
                    NotificationVariant.LUMO_ERROR);
        } catch (SeatConflictException e) {
            notify(getTranslation("roster.planner.conflict"), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            notify(getTranslation("roster.planner.denied"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void edit(Runnable change) {
        try {
            change.run();
            notify(getTranslation("roster.planner.saved"), NotificationVariant.LUMO_SUCCESS);
        } catch (SeatConflictException e) {
            notify(getTranslation("roster.planner.conflict"), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            notify(getTranslation("roster.planner.denied"), NotificationVariant.LUMO_ERROR);
        } catch (SeatNotPublishedException e) {
            // E.g. releasing a seat whose publish another secretary has just undone.
            notify(getTranslation("roster.planner.seat.release.not-published"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void callForCover(Runnable call) {
        try {
            call.run();
        } catch (OfferRefusedException e) {
            notify(getTranslation("cover.refused." + e.why().name()), NotificationVariant.LUMO_ERROR);
        } catch (AccessDeniedException e) {
            notify(getTranslation("roster.planner.denied"), NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private void showDuties(long volunteerId) {
        new DutiesDialog(rosters.duties(window, volunteerId)).open();
    }

    private void toggleSide(String panel) {
        if (panel.equals(sidePanel)) {
            sidePanel = null;
            side.removeAll();
            side.setVisible(false);
            board.highlight(Set.of());
        } else {
            sidePanel = panel;
            showSide(panel);
        }
    }

    private void showSide(String panel) {
        if (window == null) {
            return;
        }
        side.removeAll();
        side.add("why".equals(panel) ? new WhyPanel(rosters.analysis(window), this::highlight)
                : new CoveragePanel(rosters.coverage(window)));
        side.setVisible(true);
    }

    private void highlight(Set<SeatRef> keys) {
        // Show the compound of the chosen seats, so that the highlight is seen.
        current.seats().stream().filter(s -> keys.contains(s.ref())).findFirst().ifPresent(seat -> {
            Optional<RosterBoard.CompoundInfo> of = current.compounds().stream()
                    .filter(c -> c.id() == seat.compoundId()).findFirst();
            if (compound.getValue() != null && compound.getValue().isPresent() && !compound.getValue().equals(of)) {
                compound.setValue(of);
            }
        });
        board.highlight(keys);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
