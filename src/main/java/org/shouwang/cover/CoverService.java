package org.shouwang.cover;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Compound;
import org.shouwang.cover.OfferRefusedException.Why;
import org.shouwang.cover.TakeOutcome.Result;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.publish.PublishedSeatRepository;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.RosterWindow;
import org.shouwang.roster.SeatCandidate;
import org.shouwang.roster.SeatRanking;
import org.shouwang.roster.SeatRanking.SeatToFill;
import org.shouwang.solver.Rule;
import org.shouwang.volunteer.AbsenceRecorded;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Call for cover: empty published seats offered to the volunteers who may take them, taken by the first who
 * accepts, and duties given back.
 * <ul>
 *     <li>The secretary offers any empty published seat of the community, a committee member those of the
 *     compounds they own; the offer goes to everyone who may take it by every hard rule, judged against the
 *     published duties (the seat dialog's own ranking, {@link SeatRanking}), best fit first.</li>
 *     <li>A volunteer takes an offer: the seat is theirs and published at once. The offer's row is locked for
 *     the take, so the first taker wins and the next reads it taken; the volunteer's row is locked too, and
 *     the rules are checked again inside, so two clashing seats taken at once give them the first only.</li>
 *     <li>A volunteer gives a duty back: far enough ahead (the community's setting) it is offered at once and
 *     stays theirs until taken; closer, the secretary confirms first.</li>
 * </ul>
 * An offer ends when it is taken, withdrawn or declined, or when its shift starts. Every step is audited.
 */
@Service
@Transactional
public class CoverService {

    private static final Logger log = LoggerFactory.getLogger(CoverService.class);

    /** Who calls for cover: secretaries and district admins for all seats, committee members for theirs. */
    private static final String[] CALLERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};
    private static final String[] PLANNERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};
    /** Who takes and gives back duties: everyone with a volunteer record. */
    private static final String[] SERVERS = {Roles.VOLUNTEER, Roles.COMMITTEE, Roles.SECRETARY};
    /** How often a take is tried again when the database could not get its locks in time. */
    private static final int TAKE_ATTEMPTS = 3;
    /** The secretary's list shows offers of shifts to come and those made in the last days. */
    static final Duration LIST_PAST = Duration.ofDays(7);

    private final CoverOfferRepository offers;
    private final CoverAuditRepository audit;
    private final AssignmentRepository assignments;
    private final PublishedSeatRepository published;
    private final PublishingService publishing;
    private final CommunityRepository communities;
    private final VolunteerRepository volunteers;
    private final SeatRanking ranking;
    private final CoverBroadcaster broadcaster;
    private final CurrentUser currentUser;
    private final TransactionTemplate tx;
    private final Clock clock;

    public CoverService(CoverOfferRepository offers, CoverAuditRepository audit, AssignmentRepository assignments,
                        PublishedSeatRepository published, PublishingService publishing,
                        CommunityRepository communities, VolunteerRepository volunteers, SeatRanking ranking,
                        CoverBroadcaster broadcaster, CurrentUser currentUser, TransactionTemplate tx, Clock clock) {
        this.offers = offers;
        this.audit = audit;
        this.assignments = assignments;
        this.published = published;
        this.publishing = publishing;
        this.communities = communities;
        this.volunteers = volunteers;
        this.ranking = ranking;
        this.broadcaster = broadcaster;
        this.currentUser = currentUser;
        this.tx = tx;
        this.clock = clock;
    }

    // ---- Offering ------------------------------------------------------------------------------------

    /**
     * Offers one empty published seat to everyone who may take it.
     *
     * @return how many volunteers it went to (none may; it stays offered for the record and can be withdrawn)
     * @throws OfferRefusedException when the seat is not published, has started, will be served, or is offered
     * @throws AccessDeniedException unless the caller may edit the seat
     */
    public int offer(long assignmentId) {
        Assignment seat = seat(assignmentId);
        requireMayOffer(seat);
        LocalDateTime now = now();
        Why why = whyNotOfferable(seat, now);
        if (why != null) {
            throw new OfferRefusedException(why, "Seat " + assignmentId + " cannot be offered: " + why);
        }
        SeatRanking.Judge judge = judge(communityOf(seat), List.of(seat));
        if (!judge.demands(SeatToFill.of(seat))) {
            throw new OfferRefusedException(Why.NOT_DEMANDED, "The demand no longer has seat " + assignmentId);
        }
        CoverOffer offer = open(seat, judge, CoverOffer.Origin.CALLED, seat.getPublishedVolunteer(), null, now);
        return offer.getRecipientIds().size();
    }

    /**
     * Offers every empty published seat of the community whose shift starts in {@code from..to} (whole days;
     * from now on) and that is not offered yet; a committee member's call covers their compounds only.
     *
     * @return how many seats were offered
     */
    public int offerEmptySeats(long communityId, LocalDate from, LocalDate to) {
        currentUser.requireCommunity(communityId, CALLERS);
        LocalDateTime now = now();
        LocalDateTime start = from.atStartOfDay().isAfter(now) ? from.atStartOfDay() : now;
        List<Assignment> empty = published.findPublishedSeatsWithoutServer(communityId, start,
                to.plusDays(1).atStartOfDay()).stream()
                .filter(seat -> seat.getStartsAt().isAfter(now) && mayOffer(seat)).toList();
        if (empty.isEmpty()) {
            return 0;
        }
        Set<Long> offered = offers.findLiveOf(empty.stream().map(Assignment::getId).toList()).stream()
                .filter(o -> isOpen(o, now)).map(o -> o.getSeat().getId()).collect(Collectors.toSet());
        List<Assignment> toOffer = empty.stream().filter(seat -> !offered.contains(seat.getId())).toList();
        if (toOffer.isEmpty()) {
            return 0;
        }
        SeatRanking.Judge judge = judge(communityId, toOffer);
        int count = 0;
        for (Assignment seat : toOffer) {
            if (judge.demands(SeatToFill.of(seat))) {
                open(seat, judge, CoverOffer.Origin.CALLED, seat.getPublishedVolunteer(), null, now);
                count++;
            }
        }
        log.info("Community {}: {} empty seats offered from {} to {}", communityId, count, from, to);
        return count;
    }

    /**
     * Leave or sickness was recorded (by the volunteer or the secretary): when the community offers such seats
     * automatically, each of the volunteer's published duties in it, not started and not re-planned since, is
     * offered at once, in the transaction that records the leave.
     */
    @EventListener
    public void onAbsence(AbsenceRecorded absence) {
        offerSeatsOfAbsence(absence.volunteerId(), absence.from(), absence.to());
    }

    /**
     * The seats of a volunteer who is away from {@code from} to {@code to}: when their community offers such
     * seats automatically, each of their published duties then, not started and not re-planned since, is
     * offered at once.
     *
     * @return how many seats were offered
     */
    int offerSeatsOfAbsence(long volunteerId, LocalDateTime from, LocalDateTime to) {
        Volunteer absent = volunteers.findById(volunteerId).orElseThrow();
        Community community = communities.findById(absent.getCommunity().getId()).orElseThrow();
        if (!community.isCoverAutoOffer()) {
            return 0;
        }
        LocalDateTime now = now();
        List<Assignment> seats = published.findPublishedDuties(volunteerId, from.isAfter(now) ? from : now).stream()
                .filter(seat -> seat.getStartsAt().isBefore(to) && seat.getStartsAt().isAfter(now)
                        && (seat.getVolunteer() == null || same(seat.getVolunteer(), absent)))
                .toList();
        Set<Long> offered = seats.isEmpty() ? Set.of() : offers.findLiveOf(seats.stream().map(Assignment::getId).toList())
                .stream().filter(o -> isOpen(o, now)).map(o -> o.getSeat().getId()).collect(Collectors.toSet());
        List<Assignment> toOffer = seats.stream().filter(seat -> !offered.contains(seat.getId())).toList();
        if (toOffer.isEmpty()) {
            return 0;
        }
        SeatRanking.Judge judge = judge(community.getId(), toOffer);
        int count = 0;
        for (Assignment seat : toOffer) {
            if (judge.demands(SeatToFill.of(seat))) {
                open(seat, judge, CoverOffer.Origin.LEAVE, absent, null, now);
                count++;
            }
        }
        log.info("Volunteer {} absent {}..{}: {} seats offered automatically", volunteerId, from, to, count);
        return count;
    }

    /** Creates an open offer of the seat to everyone the judge finds free for it, the holder excepted. */
    private CoverOffer open(Assignment seat, SeatRanking.Judge judge, CoverOffer.Origin origin, Volunteer giver,
                            String reason, LocalDateTime now) {
        endStale(seat, now);
        CoverOffer offer = new CoverOffer(seat, communityOf(seat), CoverOffer.State.OPEN, origin, giver, reason,
                actor(), now);
        offer.open(recipients(seat, judge, giver));
        offers.save(offer);
        record(offer, origin == CoverOffer.Origin.GIVE_BACK ? CoverAudit.Action.GIVE_BACK_OFFERED
                : CoverAudit.Action.OFFERED, reason, now);
        broadcaster.changed(offer.getCommunityId());
        return offer;
    }

    /**
     * Ends the seat's live offer that no longer holds (the secretary gave the seat to someone since), so that
     * a new one can be made: one live offer per seat.
     */
    private void endStale(Assignment seat, LocalDateTime now) {
        offers.findLive(seat.getId()).filter(o -> !isOpen(o, now)).ifPresent(stale -> {
            stale.close(CoverOffer.State.ENDED, null, actor(), now);
            // Before the new offer's insert, which the unique key of live offers would otherwise refuse.
            offers.flush();
        });
    }

    /** Everyone who may take the seat, best fit first (the seat dialog's ranking), except whoever holds it. */
    private static List<Long> recipients(Assignment seat, SeatRanking.Judge judge, Volunteer holder) {
        return judge.rank(SeatToFill.of(seat)).stream().filter(SeatCandidate::eligible)
                .map(SeatCandidate::volunteerId)
                .filter(id -> holder == null || !id.equals(holder.getId()))
                .toList();
    }

    /**
     * Withdraws a live offer: whoever may offer the seat may, and a volunteer their own give-back.
     *
     * @throws OfferRefusedException when the offer is no longer live
     */
    public void withdraw(long offerId) {
        CoverOffer offer = offers.lockById(offerId)
                .orElseThrow(() -> new OfferRefusedException(Why.NOT_LIVE, "No offer " + offerId));
        boolean own = offer.getGiver() != null && offer.getOrigin() == CoverOffer.Origin.GIVE_BACK
                && currentUser.volunteerId().filter(offer.getGiver().getId()::equals).isPresent();
        if (own) {
            currentUser.requireCommunity(offer.getCommunityId(), SERVERS);
        } else {
            requireMayOffer(offer.getSeat());
        }
        LocalDateTime now = now();
        if (!offer.isLive(now)) {
            throw new OfferRefusedException(Why.NOT_LIVE, "Offer " + offerId + " is " + offer.stateAt(now));
        }
        offer.close(CoverOffer.State.WITHDRAWN, null, actor(), now);
        record(offer, CoverAudit.Action.WITHDRAWN, null, now);
        broadcaster.changed(offer.getCommunityId());
    }

    // ---- Taking --------------------------------------------------------------------------------------

    /**
     * The signed-in volunteer takes an offered seat: if it is still open, was offered to them and breaks no
     * hard rule with their published duties as they are now, it is theirs and published at once. The first
     * to accept wins; everyone after gets {@link Result#GONE}.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public TakeOutcome take(long offerId) {
        long me = currentUser.volunteerId().orElseThrow(() -> new AccessDeniedException("No volunteer record"));
        for (int attempt = 1; attempt <= TAKE_ATTEMPTS; attempt++) {
            try {
                TakeOutcome outcome = tx.execute(status -> takeOnce(offerId, me));
                return Objects.requireNonNull(outcome);
            } catch (PessimisticLockingFailureException busy) {
                // The database gave up waiting for a lock (many takers at once): the next try reads the result.
                log.debug("Take of offer {} by volunteer {} waited too long (attempt {})", offerId, me, attempt);
            } catch (ObjectOptimisticLockingFailureException changed) {
                return TakeOutcome.of(Result.CHANGED);
            }
        }
        return TakeOutcome.of(Result.BUSY);
    }

    private TakeOutcome takeOnce(long offerId, long me) {
        // Locks in one order for every take (the offer, then the volunteer), so takes never deadlock.
        Optional<CoverOffer> locked = offers.lockById(offerId);
        if (locked.isEmpty()) {
            return TakeOutcome.of(Result.WITHDRAWN);
        }
        CoverOffer offer = locked.get();
        currentUser.requireCommunity(offer.getCommunityId(), SERVERS);
        LocalDateTime now = now();
        switch (offer.stateAt(now)) {
            case TAKEN:
                return TakeOutcome.of(Result.GONE);
            case WITHDRAWN, DECLINED:
                return TakeOutcome.of(Result.WITHDRAWN);
            case ENDED:
                return TakeOutcome.of(Result.ENDED);
            case REQUESTED:
                return TakeOutcome.of(Result.NOT_OFFERED);
            default:
                break;
        }
        if (!offer.getRecipientIds().contains(me)) {
            return TakeOutcome.of(Result.NOT_OFFERED);
        }
        Volunteer taker = offers.lockVolunteer(me).orElseThrow(() -> new AccessDeniedException("No volunteer " + me));
        Assignment seat = offer.getSeat();
        if (!stillAsOffered(seat, offer)) {
            return TakeOutcome.of(Result.CHANGED);
        }
        // Read after the volunteer's lock: a take of theirs that committed meanwhile is among their duties.
        SeatRanking.Judge judge = judge(offer.getCommunityId(), List.of(seat));
        SeatToFill toFill = SeatToFill.of(seat);
        if (!judge.demands(toFill)) {
            return TakeOutcome.of(Result.CHANGED);
        }
        List<Rule> broken = judge.whyNot(toFill, taker.getCode());
        if (!broken.isEmpty()) {
            log.info("Volunteer {} may not take offer {} now: {}", me, offerId, broken);
            return new TakeOutcome(Result.RULES, broken);
        }
        publishing.publishSeat(seat, taker);
        offer.close(CoverOffer.State.TAKEN, taker, taker.getName(), now);
        record(offer, CoverAudit.Action.TAKEN, null, now);
        // A seat the secretary changed since the offer was read fails here, and the take is undone.
        assignments.flush();
        broadcaster.changed(offer.getCommunityId());
        log.info("Volunteer {} took seat {} (offer {})", me, seat.getId(), offerId);
        return TakeOutcome.of(Result.TAKEN);
    }

    /** The open offers the signed-in volunteer may take now, by start, with who else is on each shift. */
    @Transactional(readOnly = true)
    public List<OpenSeat> openForMe() {
        Volunteer me = me();
        LocalDateTime now = now();
        List<CoverOffer> open = offers.findOpenFor(me.getCommunity().getId(), me.getId(), now).stream()
                .filter(o -> stillAsOffered(o.getSeat(), o)).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        List<Assignment> seats = open.stream().map(CoverOffer::getSeat).toList();
        SeatRanking.Judge judge = judge(me.getCommunity().getId(), seats);
        Map<String, List<String>> teams = teams(seats);
        List<OpenSeat> result = new ArrayList<>();
        for (CoverOffer offer : open) {
            Assignment seat = offer.getSeat();
            SeatToFill toFill = SeatToFill.of(seat);
            if (judge.demands(toFill) && judge.whyNot(toFill, me.getCode()).isEmpty()) {
                result.add(new OpenSeat(offer.getId(), seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                        seat.getPost().getCompound().getName(), seat.getPost().getName(),
                        teams.getOrDefault(shiftKey(seat), List.of()).stream()
                                .filter(name -> offer.getGiver() == null || !name.equals(offer.getGiver().getName()))
                                .toList()));
            }
        }
        return result;
    }

    /**
     * What became of offers the signed-in volunteer was shown, by offer id: their state as of now (an offer
     * whose seat the draft gave to someone else reads ended). Offers not made to them are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, CoverOffer.State> statesForMe(Collection<Long> offerIds) {
        Volunteer me = me();
        if (offerIds.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = now();
        Map<Long, CoverOffer.State> states = new HashMap<>();
        offers.findAllById(offerIds).stream()
                .filter(o -> o.getCommunityId() == me.getCommunity().getId() && o.getRecipientIds().contains(me.getId()))
                .forEach(o -> states.put(o.getId(), stateAt(o, now)));
        return states;
    }

    /** The published names on each shift of these seats (their own seats' holders left out). */
    private Map<String, List<String>> teams(List<Assignment> seats) {
        Set<Long> ids = seats.stream().map(Assignment::getId).collect(Collectors.toSet());
        LocalDateTime first = seats.stream().map(Assignment::getStartsAt).min(LocalDateTime::compareTo).orElseThrow();
        LocalDateTime last = seats.stream().map(Assignment::getStartsAt).max(LocalDateTime::compareTo).orElseThrow();
        Map<String, List<String>> teams = new HashMap<>();
        published.findTeams(seats.stream().map(a -> a.getRoster().getId()).collect(Collectors.toSet()),
                        seats.stream().map(a -> a.getPost().getId()).collect(Collectors.toSet()), first, last).stream()
                .filter(a -> a.getPublishedVolunteer() != null && !ids.contains(a.getId()))
                .sorted(java.util.Comparator.comparingInt(Assignment::getSeat))
                .forEach(a -> teams.computeIfAbsent(shiftKey(a), k -> new ArrayList<>())
                        .add(a.getPublishedVolunteer().getName()));
        return teams;
    }

    private static String shiftKey(Assignment seat) {
        return seat.getPost().getId() + "|" + seat.getStartsAt();
    }

    // ---- Giving back ---------------------------------------------------------------------------------

    /** What came of "I can't make it". */
    public enum GiveBack {
        /** Offered at once; the duty stays the volunteer's until someone takes it. */
        OFFERED,
        /** The shift is close: the secretary confirms first; the duty stays theirs meanwhile. */
        REQUESTED
    }

    /**
     * The signed-in volunteer gives one of their published duties back, with a reason. More than the
     * community's give-back hours ahead it is offered at once; closer, the secretary confirms first.
     *
     * @throws OfferRefusedException when it is not their duty, has started or is offered already
     */
    public GiveBack giveBack(long assignmentId, String reason) {
        Volunteer me = me();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why == null || why.length() > 200) {
            throw new IllegalArgumentException("A give-back needs a reason of at most 200 characters");
        }
        Assignment seat = seat(assignmentId);
        LocalDateTime now = now();
        if (!same(me, seat.getPublishedVolunteer()) || seat.getPublishedAt() == null) {
            throw new OfferRefusedException(Why.NOT_YOURS, "Seat " + assignmentId + " is not a duty of " + me.getId());
        }
        if (!seat.getStartsAt().isAfter(now)) {
            throw new OfferRefusedException(Why.STARTED, "Seat " + assignmentId + " has started");
        }
        if (offers.findLive(assignmentId).filter(o -> isOpen(o, now)).isPresent()) {
            throw new OfferRefusedException(Why.ALREADY_OFFERED, "Seat " + assignmentId + " is offered already");
        }
        Community community = communities.findById(me.getCommunity().getId()).orElseThrow();
        boolean early = Duration.between(now, seat.getStartsAt()).toMinutes() > community.getCoverGiveBackHours() * 60L;
        if (early) {
            SeatRanking.Judge judge = judge(community.getId(), List.of(seat));
            open(seat, judge, CoverOffer.Origin.GIVE_BACK, me, why, now);
            return GiveBack.OFFERED;
        }
        endStale(seat, now);
        CoverOffer request = offers.save(new CoverOffer(seat, community.getId(), CoverOffer.State.REQUESTED,
                CoverOffer.Origin.GIVE_BACK, me, why, me.getName(), now));
        record(request, CoverAudit.Action.GIVE_BACK_REQUESTED, why, now);
        broadcaster.changed(community.getId());
        return GiveBack.REQUESTED;
    }

    /**
     * The secretary confirms a give-back asked for close to its shift: it is offered now.
     *
     * @return how many volunteers it went to
     */
    public int confirmGiveBack(long offerId) {
        CoverOffer offer = requested(offerId);
        LocalDateTime now = now();
        SeatRanking.Judge judge = judge(offer.getCommunityId(), List.of(offer.getSeat()));
        offer.open(recipients(offer.getSeat(), judge, offer.getGiver()));
        record(offer, CoverAudit.Action.GIVE_BACK_CONFIRMED, null, now);
        broadcaster.changed(offer.getCommunityId());
        return offer.getRecipientIds().size();
    }

    /** The secretary declines a give-back asked for close to its shift: the volunteer keeps the duty. */
    public void declineGiveBack(long offerId) {
        CoverOffer offer = requested(offerId);
        LocalDateTime now = now();
        offer.close(CoverOffer.State.DECLINED, null, actor(), now);
        record(offer, CoverAudit.Action.GIVE_BACK_DECLINED, null, now);
        broadcaster.changed(offer.getCommunityId());
    }

    private CoverOffer requested(long offerId) {
        CoverOffer offer = offers.lockById(offerId)
                .orElseThrow(() -> new OfferRefusedException(Why.NOT_LIVE, "No offer " + offerId));
        currentUser.requireCommunity(offer.getCommunityId(), PLANNERS);
        if (offer.stateAt(now()) != CoverOffer.State.REQUESTED) {
            throw new OfferRefusedException(Why.NOT_LIVE, "Offer " + offerId + " is " + offer.stateAt(now()));
        }
        return offer;
    }

    /** The community of the signed-in volunteer, whose offers their page follows. */
    @Transactional(readOnly = true)
    public long myCommunityId() {
        return me().getCommunity().getId();
    }

    /** The signed-in volunteer's duties that are given back (or offered while they are away), by seat id. */
    @Transactional(readOnly = true)
    public Map<Long, OfferRow> myGiveBacks() {
        Volunteer me = me();
        LocalDateTime now = now();
        Map<Long, OfferRow> mine = new HashMap<>();
        offers.findLiveGivenBy(me.getId()).stream().filter(o -> isOpen(o, now))
                .forEach(o -> mine.put(o.getSeat().getId(), row(o, Map.of(), now)));
        return mine;
    }

    // ---- The secretary's view ------------------------------------------------------------------------

    /**
     * The community's offers of shifts to come and those of the last week, by start: who was offered each
     * seat, who took it and when. A committee member sees those of the compounds they own.
     */
    @Transactional(readOnly = true)
    public List<OfferRow> offers(long communityId) {
        currentUser.requireCommunity(communityId, CALLERS);
        LocalDateTime now = now();
        List<CoverOffer> list = offers.findRecent(communityId, now, now.minus(LIST_PAST)).stream()
                .filter(o -> mayOffer(o.getSeat())).toList();
        Set<Long> ids = new HashSet<>();
        list.forEach(o -> ids.addAll(o.getRecipientIds()));
        Map<Long, String> names = names(ids);
        return list.stream().map(o -> row(o, names, now)).toList();
    }

    /** How call for cover marks the board's seats: offered (or asked to be), or taken from an offer. */
    public enum Mark { OFFERED, REQUESTED, TAKEN }

    /** The marks of these seats (only those that have one). */
    @Transactional(readOnly = true)
    public Map<Long, Mark> marks(Collection<Long> assignmentIds) {
        if (assignmentIds.isEmpty()) {
            return Map.of();
        }
        LocalDateTime now = now();
        Map<Long, Mark> marks = new HashMap<>();
        // Large boards are asked in slices: a database takes only so many parameters in one statement.
        List<Long> all = List.copyOf(assignmentIds);
        for (int i = 0; i < all.size(); i += 1000) {
            List<Long> slice = all.subList(i, Math.min(all.size(), i + 1000));
            offers.findTakenAndHeld(slice).forEach(id -> marks.put(id, Mark.TAKEN));
            offers.findLiveOf(slice).stream().filter(o -> isOpen(o, now)).forEach(o -> marks.put(o.getSeat().getId(),
                    o.getState() == CoverOffer.State.REQUESTED ? Mark.REQUESTED : Mark.OFFERED));
        }
        return marks;
    }

    /** One seat for its dialog: may the caller offer it, its live offer, and whether it was taken from one. */
    @Transactional(readOnly = true)
    public SeatCover seatCover(long assignmentId) {
        Assignment seat = seat(assignmentId);
        currentUser.requireCommunity(communityOf(seat), CALLERS);
        LocalDateTime now = now();
        Optional<CoverOffer> live = offers.findLive(assignmentId).filter(o -> isOpen(o, now));
        Map<Long, String> names = live.map(o -> names(o.getRecipientIds())).orElse(Map.of());
        return new SeatCover(live.isEmpty() && mayOffer(seat) && whyNotOfferable(seat, now) == null,
                live.map(o -> row(o, names, now)),
                !offers.findTakenAndHeld(List.of(assignmentId)).isEmpty());
    }

    /** The call-for-cover steps of one seat, oldest first: who offered, took, withdrew or gave it back, when. */
    @Transactional(readOnly = true)
    public List<CoverStep> history(long assignmentId) {
        Assignment seat = seat(assignmentId);
        currentUser.requireCommunity(communityOf(seat), CALLERS);
        return audit.findByAssignmentIdOrderByHappenedAtAscIdAsc(assignmentId).stream()
                .map(a -> new CoverStep(a.getAction(), a.getActor(), a.getSubject(), a.getDetail(), a.getHappenedAt()))
                .toList();
    }

    /** Whether the caller may offer seats at all (a secretary, district admin or committee member). */
    public boolean mayCall() {
        return currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.DISTRICT_ADMIN)
                || currentUser.hasRole(Roles.COMMITTEE);
    }

    /** Whether the caller confirms give-backs (a secretary or district admin). */
    public boolean isPlanner() {
        return currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.DISTRICT_ADMIN);
    }

    // ---- Helpers -------------------------------------------------------------------------------------

    /**
     * Why the seat cannot be offered now, or {@code null} when it can: it must be published, not started,
     * not served by anyone published and present, not filled otherwise in the draft since, and not offered.
     */
    private Why whyNotOfferable(Assignment seat, LocalDateTime now) {
        if (seat.getPublishedAt() == null) {
            return Why.NOT_PUBLISHED;
        }
        if (!seat.getStartsAt().isAfter(now)) {
            return Why.STARTED;
        }
        Volunteer holder = seat.getPublishedVolunteer();
        boolean served = holder != null && holder.getAbsences().stream()
                .noneMatch(a -> a.overlaps(seat.getStartsAt(), seat.getEndsAt()));
        if (served || (seat.getVolunteer() != null && !same(seat.getVolunteer(), holder))) {
            return Why.NOT_EMPTY;
        }
        if (offers.findLive(seat.getId()).filter(o -> isOpen(o, now)).isPresent()) {
            return Why.ALREADY_OFFERED;
        }
        return null;
    }

    /**
     * The seat is as it was offered: its published volunteer is still the one who gave it (or nobody), and
     * the draft has not put anyone else in it since.
     */
    private static boolean stillAsOffered(Assignment seat, CoverOffer offer) {
        Volunteer holder = seat.getPublishedVolunteer();
        return same(holder, offer.getGiver()) && (seat.getVolunteer() == null || same(seat.getVolunteer(), holder));
    }

    /** Live, and the seat still as it was offered. */
    private static boolean isOpen(CoverOffer offer, LocalDateTime now) {
        return offer.isLive(now) && stillAsOffered(offer.getSeat(), offer);
    }

    /**
     * The offer's state as of now: a live offer whose shift started has ended, and one whose seat the draft
     * gives to someone else reads ended too, as long as it does (its take would be refused).
     */
    private static CoverOffer.State stateAt(CoverOffer offer, LocalDateTime now) {
        CoverOffer.State state = offer.stateAt(now);
        boolean live = state == CoverOffer.State.OPEN || state == CoverOffer.State.REQUESTED;
        return live && !stillAsOffered(offer.getSeat(), offer) ? CoverOffer.State.ENDED : state;
    }

    /** The same person (or both nobody), by id: one of them may be a lazy proxy, which equals no entity. */
    private static boolean same(Volunteer a, Volunteer b) {
        return a == null ? b == null : b != null && a.getId().equals(b.getId());
    }

    /**
     * Judges volunteers for these seats against the community's published duties, over the dates the hard
     * rules of the seats reach (their window's neighbourhood: rest, the calendar weeks, runs of days).
     */
    private SeatRanking.Judge judge(long communityId, List<Assignment> seats) {
        Community community = communities.findById(communityId).orElseThrow();
        LocalDate first = seats.stream().map(a -> a.getStartsAt().toLocalDate()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = seats.stream().map(a -> a.getStartsAt().toLocalDate()).max(LocalDate::compareTo).orElseThrow();
        LocalDate[] range = new RosterWindow(seats.get(0).getRoster().getId(), communityId, first, last)
                .neighbourhood(community.getMinRestHours(), community.getMaxConsecutiveDays());
        List<AssignmentDef> held = published.findPublishedHolders(communityId, range[0].atStartOfDay(),
                        range[1].plusDays(1).atStartOfDay()).stream()
                .map(row -> new AssignmentDef((String) row[0], (LocalDateTime) row[1], (Integer) row[2],
                        (String) row[3], false))
                .toList();
        return ranking.against(communityId, range[0], range[1], held);
    }

    private Assignment seat(long assignmentId) {
        return assignments.findAssignment(assignmentId)
                .orElseThrow(() -> new OfferRefusedException(Why.NOT_LIVE, "No seat " + assignmentId));
    }

    private static long communityOf(Assignment seat) {
        return seat.getPost().getCompound().getCommunity().getId();
    }

    private void requireMayOffer(Assignment seat) {
        currentUser.requireCommunity(communityOf(seat), CALLERS);
        if (!mayOffer(seat)) {
            throw new AccessDeniedException("Only the owner of the compound may call for cover on this seat");
        }
    }

    /** Planners offer every seat; a committee member those of the compounds they own (as they edit them). */
    private boolean mayOffer(Assignment seat) {
        if (isPlanner()) {
            return true;
        }
        Compound compound = seat.getPost().getCompound();
        return currentUser.hasRole(Roles.COMMITTEE) && compound.getOwnerId() != null
                && currentUser.volunteerId().filter(compound.getOwnerId()::equals).isPresent();
    }

    private Volunteer me() {
        long id = currentUser.volunteerId().orElseThrow(() -> new AccessDeniedException("No volunteer record"));
        Volunteer me = volunteers.findById(id).orElseThrow(() -> new AccessDeniedException("No volunteer " + id));
        currentUser.requireCommunity(me.getCommunity().getId(), SERVERS);
        return me;
    }

    /** Who acts, for the audit: their volunteer record's name, or else the account's username. */
    private String actor() {
        Optional<String> name = currentUser.volunteerId().flatMap(volunteers::findById).map(Volunteer::getName);
        if (name.isPresent()) {
            return name.get();
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }

    private void record(CoverOffer offer, CoverAudit.Action action, String detail, LocalDateTime now) {
        String subject = offer.getGiver() == null ? null : offer.getGiver().getName();
        String actor = action == CoverAudit.Action.TAKEN ? offer.getTaker().getName() : actor();
        audit.save(new CoverAudit(offer.getCommunityId(), offer.getSeat().getId(), action, actor, subject, detail, now));
    }

    private Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> names = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 1000) {
            offers.findNames(all.subList(i, Math.min(all.size(), i + 1000)))
                    .forEach(row -> names.put((Long) row[0], (String) row[1]));
        }
        return names;
    }

    private static OfferRow row(CoverOffer o, Map<Long, String> names, LocalDateTime now) {
        Assignment seat = o.getSeat();
        return new OfferRow(o.getId(), seat.getId(), seat.getStartsAt(), seat.getEndsAt(),
                seat.getPost().getCompound().getName(), seat.getPost().getName(), seat.getSeat(), stateAt(o, now),
                o.getOrigin(), o.getGiver() == null ? null : o.getGiver().getName(), o.getReason(), o.getCreatedBy(),
                o.getCreatedAt(), o.getRecipientIds().stream().map(names::get).filter(Objects::nonNull).toList(),
                o.getTaker() == null ? null : o.getTaker().getName(), o.getClosedBy(), o.getClosedAt());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
