package org.shouwang.cover;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.base.Translations;
import org.shouwang.community.Post;
import org.shouwang.duty.Duty;
import org.shouwang.duty.DutyService;
import org.shouwang.duty.MyChange;
import org.shouwang.publish.DutyChange;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.RosterService;
import org.shouwang.solver.Rule;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.Volunteer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class CoverServiceTest {

    @Autowired
    ApplicationContext ctx;
    @Autowired
    CoverService cover;
    @Autowired
    DutyService duties;
    @Autowired
    PublishingService publishing;
    @Autowired
    RosterService rosters;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.shouwang.volunteer.VolunteerService volunteerService;
    @Autowired
    org.shouwang.duty.CalendarService calendars;
    @Autowired
    Clock clock;

    CoverFixture f;
    Volunteer wang;
    Volunteer li;
    Volunteer zhao;
    Assignment northHeld;
    Assignment northEmpty;
    Assignment eastEmpty;

    @BeforeEach
    void setUp() {
        f = new CoverFixture(ctx);
        wang = f.volunteer("王芳");
        li = f.volunteer("李强");
        zhao = f.volunteer("赵敏");
        northHeld = f.seat(f.north, 0, li);
        northEmpty = f.seat(f.north, 1, null);
        eastEmpty = f.seat(f.east, 0, null);
        f.publish();
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    private OfferRow offerOf(Assignment seat) {
        f.asSecretary();
        return cover.offers(f.communityId()).stream().filter(o -> o.assignmentId() == seat.getId())
                .reduce((first, second) -> second).orElseThrow();
    }

    @Test
    void an_empty_published_seat_is_offered_to_everyone_free_for_it_and_not_to_whoever_clashes() {
        int recipients = cover.offer(northEmpty.getId());

        // 李强 serves the same shift at the same gate: only 王芳 and 赵敏 are free.
        assertThat(recipients).isEqualTo(2);
        OfferRow offer = offerOf(northEmpty);
        assertThat(offer.state()).isEqualTo(CoverOffer.State.OPEN);
        assertThat(offer.offeredTo()).containsExactlyInAnyOrder("王芳", "赵敏");
        f.as(li);
        assertThat(cover.openForMe()).isEmpty();
        f.as(wang);
        assertThat(cover.openForMe()).singleElement().satisfies(seat -> {
            assertThat(seat.offerId()).isEqualTo(offer.offerId());
            assertThat(seat.startsAt()).isEqualTo(f.day.atTime(8, 0));
            assertThat(seat.compound()).isEqualTo("堰山和畔");
            assertThat(seat.post()).isEqualTo("北门");
            assertThat(seat.team()).containsExactly("李强");
        });
        f.asSecretary();
        assertThatThrownBy(() -> cover.offer(northEmpty.getId())).isInstanceOf(OfferRefusedException.class)
                .extracting(e -> ((OfferRefusedException) e).why()).isEqualTo(OfferRefusedException.Why.ALREADY_OFFERED);
        assertThatThrownBy(() -> cover.offer(northHeld.getId())).isInstanceOf(OfferRefusedException.class)
                .extracting(e -> ((OfferRefusedException) e).why()).isEqualTo(OfferRefusedException.Why.NOT_EMPTY);
    }

    @Test
    void taking_an_offer_assigns_and_publishes_the_seat_at_once_and_the_next_taker_is_told_it_is_gone() {
        cover.offer(northEmpty.getId());
        long offerId = offerOf(northEmpty).offerId();

        f.as(wang);
        String calendar = calendars.issueMyToken();
        assertThat(calendars.feed(calendar, Translations.CHINESE)).get().asString().doesNotContain("北门");
        assertThat(cover.take(offerId).result()).isEqualTo(TakeOutcome.Result.TAKEN);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(northEmpty.getId());
        assertThat(calendars.feed(calendar, Translations.CHINESE)).get().asString().contains("北门");
        assertThat(duties.changesSinceLastLook()).extracting(MyChange::kind).containsExactly(DutyChange.Kind.ADDED);
        Assignment seat = f.data.reload(northEmpty);
        assertThat(seat.getVolunteer().getId()).isEqualTo(wang.getId());
        assertThat(seat.getPublishedVolunteer().getId()).isEqualTo(wang.getId());

        f.as(zhao);
        assertThat(cover.openForMe()).isEmpty();
        assertThat(cover.take(offerId).result()).isEqualTo(TakeOutcome.Result.GONE);

        OfferRow taken = offerOf(northEmpty);
        assertThat(taken.state()).isEqualTo(CoverOffer.State.TAKEN);
        assertThat(taken.taker()).isEqualTo("王芳");
        assertThat(taken.closedAt()).isNotNull();
        assertThat(cover.marks(List.of(northEmpty.getId(), eastEmpty.getId())))
                .containsExactlyEntriesOf(java.util.Map.of(northEmpty.getId(), CoverService.Mark.TAKEN));
        assertThat(cover.history(northEmpty.getId())).extracting(CoverStep::action, CoverStep::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CoverAudit.Action.OFFERED, taken.createdBy()),
                        org.assertj.core.groups.Tuple.tuple(CoverAudit.Action.TAKEN, "王芳"));
    }

    @Test
    void a_volunteer_learns_what_became_of_the_offers_made_to_them_and_of_no_others() {
        cover.offer(northEmpty.getId());
        cover.offer(eastEmpty.getId());
        long north = offerOf(northEmpty).offerId();
        long east = offerOf(eastEmpty).offerId();
        cover.withdraw(east);

        f.as(zhao);
        assertThat(cover.take(north).taken()).isTrue();
        f.as(wang);
        assertThat(cover.statesForMe(List.of(north, east)))
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(north, CoverOffer.State.TAKEN,
                        east, CoverOffer.State.WITHDRAWN));
        // 李强 serves the north gate at that time: neither seat was offered to him, so he learns nothing of them.
        f.as(li);
        assertThat(cover.statesForMe(List.of(north, east))).isEmpty();
    }

    @Test
    void a_seat_taken_by_offer_is_published_so_the_next_solve_keeps_it() {
        cover.offer(eastEmpty.getId());
        long offerId = offerOf(eastEmpty).offerId();
        f.as(zhao);
        cover.take(offerId);

        f.asSecretary();
        // Publishing finds nothing new to tell, and the solver is given 赵敏 as the seat's previous volunteer.
        assertThat(publishing.diff(f.window)).isEmpty();
        assertThat(publishing.keptSeats(f.window)).containsEntry(eastEmpty.getId(), zhao.getId());
        RosterService.SolveInput input = rosters.solverInput(f.window);
        assertThat(input.document().assignments()).anySatisfy(a -> {
            assertThat(a.post()).isEqualTo(f.east.getCode());
            assertThat(a.volunteer()).isEqualTo(zhao.getCode());
        });
    }

    @Test
    void one_volunteer_taking_two_clashing_seats_gets_the_first_and_a_refusal_naming_the_rule() {
        cover.offer(northEmpty.getId());
        cover.offer(eastEmpty.getId());
        long north = offerOf(northEmpty).offerId();
        long east = offerOf(eastEmpty).offerId();

        f.as(wang);
        assertThat(cover.openForMe()).hasSize(2);
        assertThat(cover.take(north).result()).isEqualTo(TakeOutcome.Result.TAKEN);
        // The other seat clashes now: it is no longer listed, and taking it anyway is refused with the rule.
        assertThat(cover.openForMe()).isEmpty();
        TakeOutcome refused = cover.take(east);
        assertThat(refused.result()).isEqualTo(TakeOutcome.Result.RULES);
        assertThat(refused.rules()).contains(Rule.OVERLAP);
        assertThat(f.data.reload(eastEmpty).getPublishedVolunteer()).isNull();
    }

    @Test
    void a_withdrawn_offer_cannot_be_taken_and_an_offer_ends_when_its_shift_starts() {
        cover.offer(northEmpty.getId());
        cover.offer(eastEmpty.getId());
        long north = offerOf(northEmpty).offerId();
        long east = offerOf(eastEmpty).offerId();
        f.asSecretary();
        cover.withdraw(north);

        f.as(wang);
        assertThat(cover.take(north).result()).isEqualTo(TakeOutcome.Result.WITHDRAWN);
        // The east gate's shift starts: its offer ends.
        LocalDateTime past = LocalDateTime.now(clock).minusHours(1);
        jdbc.update("update assignment set starts_at = ?, ends_at = ? where id = ?", past, past.plusHours(4),
                eastEmpty.getId());
        assertThat(cover.openForMe()).isEmpty();
        assertThat(cover.take(east).result()).isEqualTo(TakeOutcome.Result.ENDED);
        assertThat(offerOf(eastEmpty).state()).isEqualTo(CoverOffer.State.ENDED);
        assertThat(cover.history(northEmpty.getId())).extracting(CoverStep::action)
                .containsExactly(CoverAudit.Action.OFFERED, CoverAudit.Action.WITHDRAWN);
    }

    @Test
    void an_offer_holds_only_while_the_draft_leaves_the_seat_empty() {
        cover.offer(northEmpty.getId());
        long offerId = offerOf(northEmpty).offerId();
        Assignment seat = f.data.reload(northEmpty);
        rosters.assign(seat.getId(), seat.getVersion(), zhao.getId());

        assertThat(offerOf(northEmpty).state()).isEqualTo(CoverOffer.State.ENDED);
        assertThat(cover.marks(List.of(northEmpty.getId()))).isEmpty();
        f.as(wang);
        assertThat(cover.openForMe()).isEmpty();
        assertThat(cover.take(offerId).result()).isEqualTo(TakeOutcome.Result.CHANGED);

        // The secretary empties it again: the offer holds again.
        f.asSecretary();
        seat = f.data.reload(northEmpty);
        rosters.assign(seat.getId(), seat.getVersion(), null);
        assertThat(offerOf(northEmpty).state()).isEqualTo(CoverOffer.State.OPEN);
        f.as(wang);
        assertThat(cover.openForMe()).extracting(OpenSeat::offerId).containsExactly(offerId);
    }

    @Test
    void a_seat_offered_empty_then_published_to_someone_who_falls_sick_is_offered_anew() {
        cover.offer(northEmpty.getId());
        Assignment seat = f.data.reload(northEmpty);
        rosters.assign(seat.getId(), seat.getVersion(), zhao.getId());
        f.publish();
        f.as(zhao);
        duties.reportAbsence(f.day, f.day, Absence.Reason.SICK, null);

        f.asSecretary();
        assertThat(cover.offer(northEmpty.getId())).isEqualTo(1);
        assertThat(cover.offers(f.communityId())).filteredOn(o -> o.assignmentId() == northEmpty.getId())
                .extracting(OfferRow::state, OfferRow::giver)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CoverOffer.State.ENDED, null),
                        org.assertj.core.groups.Tuple.tuple(CoverOffer.State.OPEN, "赵敏"));
    }

    @Test
    void a_duty_given_back_early_is_offered_at_once_and_stays_the_volunteers_until_taken() {
        f.as(li);
        assertThat(cover.giveBack(northHeld.getId(), "家里有事")).isEqualTo(CoverService.GiveBack.OFFERED);
        assertThat(cover.myGiveBacks()).containsKey(northHeld.getId());
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(northHeld.getId());

        f.as(zhao);
        OpenSeat open = cover.openForMe().stream().filter(s -> s.assignmentId() == northHeld.getId()).findFirst()
                .orElseThrow();
        assertThat(cover.take(open.offerId()).taken()).isTrue();

        f.as(li);
        assertThat(duties.upcomingDuties()).isEmpty();
        assertThat(cover.myGiveBacks()).isEmpty();
        f.asSecretary();
        assertThat(cover.history(northHeld.getId())).extracting(CoverStep::action, CoverStep::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CoverAudit.Action.GIVE_BACK_OFFERED, "家里有事"),
                        org.assertj.core.groups.Tuple.tuple(CoverAudit.Action.TAKEN, null));
    }

    @Test
    void a_duty_given_back_close_to_its_shift_waits_for_the_secretary() {
        // Three days ahead is "close" when the community asks for a week's notice.
        f.settings(false, 168);
        f.as(li);
        assertThat(cover.giveBack(northHeld.getId(), "出差")).isEqualTo(CoverService.GiveBack.REQUESTED);
        f.as(wang);
        assertThat(cover.openForMe()).isEmpty();

        OfferRow request = offerOf(northHeld);
        assertThat(request.state()).isEqualTo(CoverOffer.State.REQUESTED);
        assertThat(request.giver()).isEqualTo("李强");
        assertThat(request.reason()).isEqualTo("出差");
        f.as(wang);
        assertThatThrownBy(() -> cover.confirmGiveBack(request.offerId())).isInstanceOf(AccessDeniedException.class);
        f.asSecretary();
        assertThat(cover.confirmGiveBack(request.offerId())).isEqualTo(2);
        f.as(wang);
        assertThat(cover.openForMe()).extracting(OpenSeat::assignmentId).contains(northHeld.getId());
    }

    @Test
    void a_declined_give_back_leaves_the_duty_with_the_volunteer() {
        f.settings(false, 168);
        f.as(li);
        cover.giveBack(northHeld.getId(), "出差");
        f.asSecretary();
        cover.declineGiveBack(offerOf(northHeld).offerId());

        assertThat(offerOf(northHeld).state()).isEqualTo(CoverOffer.State.DECLINED);
        f.as(li);
        assertThat(duties.upcomingDuties()).extracting(Duty::assignmentId).containsExactly(northHeld.getId());
        assertThatThrownBy(() -> cover.giveBack(northEmpty.getId(), "x")).isInstanceOf(OfferRefusedException.class);
    }

    @Test
    void seats_of_reported_sickness_are_offered_automatically_when_the_community_asks_for_it() {
        f.as(li);
        duties.reportAbsence(f.day, f.day, Absence.Reason.SICK, "发烧");
        f.asSecretary();
        assertThat(cover.offers(f.communityId())).isEmpty();

        f.settings(true, 12);
        Assignment later = f.seat(f.north, 1, 0, li);
        f.publish();
        f.as(li);
        duties.reportAbsence(f.day.plusDays(1), f.day.plusDays(1), Absence.Reason.SICK, "发烧");

        OfferRow offer = offerOf(later);
        assertThat(offer.origin()).isEqualTo(CoverOffer.Origin.LEAVE);
        assertThat(offer.giver()).isEqualTo("李强");
        assertThat(offer.offeredTo()).containsExactlyInAnyOrder("王芳", "赵敏");
        // The earlier sick day's seat can still be offered by hand: its holder is away.
        assertThat(cover.seatCover(northHeld.getId()).offerable()).isTrue();
    }

    @Test
    void leave_the_secretary_records_offers_the_seats_it_empties_too() {
        f.settings(true, 12);
        f.asSecretary();
        org.shouwang.volunteer.VolunteerForm form = volunteerService.form(li.getId());
        List<Absence> absences = new java.util.ArrayList<>(form.getAbsences());
        absences.add(new Absence(f.day.atStartOfDay(), f.day.plusDays(1).atStartOfDay(), Absence.Reason.QUARANTINE, null));
        form.setAbsences(absences);
        volunteerService.save(f.communityId(), form);

        OfferRow offer = offerOf(northHeld);
        assertThat(offer.origin()).isEqualTo(CoverOffer.Origin.LEAVE);
        assertThat(offer.giver()).isEqualTo("李强");
        // Saving the volunteer again records no new leave: nothing more is offered.
        volunteerService.save(f.communityId(), volunteerService.form(li.getId()));
        assertThat(cover.offers(f.communityId())).hasSize(1);
    }

    @Test
    void the_secretary_offers_all_empty_seats_of_a_range_and_a_committee_member_only_those_they_own() {
        Volunteer member = f.data.volunteer("刘委员", null);
        Post west = f.ownedGate(member);
        Assignment westEmpty = f.seat(west, 0, null);
        f.publish();

        TestUsers.signIn(Roles.COMMITTEE, f.communityId(), member.getId());
        assertThatThrownBy(() -> cover.offer(northEmpty.getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(cover.offerEmptySeats(f.communityId(), f.day, f.day)).isEqualTo(1);
        assertThat(cover.offers(f.communityId())).extracting(OfferRow::assignmentId).containsExactly(westEmpty.getId());

        f.asSecretary();
        assertThat(cover.offerEmptySeats(f.communityId(), LocalDate.now(clock), f.day.plusDays(1))).isEqualTo(2);
        assertThat(cover.offers(f.communityId())).extracting(OfferRow::assignmentId)
                .containsExactlyInAnyOrder(westEmpty.getId(), northEmpty.getId(), eastEmpty.getId());
        assertThat(cover.offerEmptySeats(f.communityId(), f.day, f.day)).isZero();
    }

    @Test
    void volunteers_neither_offer_nor_read_the_secretarys_lists_and_nobody_reads_another_community() {
        f.as(wang);
        assertThatThrownBy(() -> cover.offer(northEmpty.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cover.offers(f.communityId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cover.history(northEmpty.getId())).isInstanceOf(AccessDeniedException.class);

        CoverFixture other = new CoverFixture(ctx);
        other.asSecretary();
        assertThatThrownBy(() -> cover.offer(northEmpty.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> cover.offers(f.communityId())).isInstanceOf(AccessDeniedException.class);
    }

}
