package org.shouwang.supplies;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.shouwang.plan.PostKind;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The supplies forecast: masks, gloves and disinfectant the roster's seats use per compound and day,
 * the thermometers each compound needs at once at its gates, and how long the stock on hand lasts.
 * Empty seats count too: someone will have to stand there.
 */
@Service
@Transactional
public class SuppliesService {

    private static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};
    private static final String[] EDITORS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};

    private final SuppliesRepository seats;
    private final SupplyRateRepository rates;
    private final SupplyStockRepository stocks;
    private final CompoundRepository compounds;
    private final RosterRepository rosters;
    private final CurrentUser currentUser;
    private final Clock clock;

    public SuppliesService(SuppliesRepository seats, SupplyRateRepository rates, SupplyStockRepository stocks,
                           CompoundRepository compounds, RosterRepository rosters, CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.rates = rates;
        this.stocks = stocks;
        this.compounds = compounds;
        this.rosters = rosters;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the caller may change amounts and stock (committee members only read). */
    public boolean mayEdit() {
        return currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.DISTRICT_ADMIN);
    }

    /** What each kind of post uses per person per shift: the community's amounts, defaults where it set none. */
    @Transactional(readOnly = true)
    public Map<PostKind, Rate> rates(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        Map<PostKind, Rate> result = new EnumMap<>(Rate.defaults());
        rates.findByCommunityId(communityId).forEach(r -> result.put(r.getKind(), r.rate()));
        return result;
    }

    public void saveRate(long communityId, PostKind kind, Rate rate) {
        currentUser.requireCommunity(communityId, EDITORS);
        SupplyRate stored = rates.findByCommunityId(communityId).stream().filter(r -> r.getKind() == kind).findFirst()
                .orElseGet(() -> new SupplyRate(communityId, kind));
        stored.set(rate);
        rates.save(stored);
    }

    /** The stock on hand per compound of the community (nothing counted yet reads as none). */
    @Transactional(readOnly = true)
    public Map<Long, Stock> stock(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return stockOf(compounds.findByCommunityIdOrderByCode(communityId));
    }

    public void saveStock(long communityId, long compoundId, Stock stock) {
        currentUser.requireCommunity(communityId, EDITORS);
        Compound compound = compounds.findById(compoundId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Compound.class, compoundId));
        if (compound.getCommunity().getId() != communityId) {
            throw new AccessDeniedException("Compound " + compoundId + " is not of community " + communityId);
        }
        SupplyStock stored = stocks.findByCompoundId(compoundId).orElseGet(() -> new SupplyStock(compoundId));
        stored.set(stock);
        stocks.save(stored);
    }

    /**
     * The forecast of the community's timeline (draft seats, empty ones included) from its first planned
     * date to come (today or later) to its last planned date; empty when nothing is planned from today on.
     */
    @Transactional(readOnly = true)
    public Optional<Forecast> forecast(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        Optional<Roster> timeline = rosters.findByCommunityId(communityId);
        LocalDate today = LocalDate.now(clock);
        List<Object[]> planned = timeline.map(r -> seats.findSeats(r.getId(), today.atStartOfDay())).orElse(List.of());
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        long rosterId = timeline.get().getId();
        // From the first planned date to come (today, or later when nothing is planned before) to the last.
        LocalDate from = planned.stream().map(seat -> ((LocalDateTime) seat[3]).toLocalDate())
                .min(Comparator.naturalOrder()).orElseThrow();
        LocalDate to = planned.stream().map(seat -> ((LocalDateTime) seat[3]).toLocalDate())
                .max(Comparator.naturalOrder()).orElseThrow();
        List<LocalDate> days = from.isAfter(to) ? List.of() : from.datesUntil(to.plusDays(1)).toList();
        Map<PostKind, Rate> rateOf = rates(communityId);
        List<Compound> all = compounds.findByCommunityIdOrderByCode(communityId);
        Map<Long, Stock> counted = counted(all);
        Map<Long, Map<LocalDate, double[]>> use = new HashMap<>();
        Map<Long, List<LocalDateTime[]>> gateSeats = new HashMap<>();
        for (Object[] seat : planned) {
            long compoundId = (Long) seat[0];
            PostKind kind = (PostKind) seat[2];
            LocalDateTime start = (LocalDateTime) seat[3];
            LocalDateTime end = (LocalDateTime) seat[4];
            if (start.toLocalDate().isAfter(to)) {
                continue;
            }
            Rate rate = rateOf.get(kind);
            double[] day = use.computeIfAbsent(compoundId, id -> new HashMap<>())
                    .computeIfAbsent(start.toLocalDate(), d -> new double[3]);
            day[0] += rate.masks();
            day[1] += rate.gloves();
            day[2] += rate.disinfectantMl();
            if (kind == PostKind.GATE) {
                gateSeats.computeIfAbsent(compoundId, id -> new ArrayList<>()).add(new LocalDateTime[]{start, end});
            }
        }
        List<Forecast.CompoundForecast> result = new ArrayList<>();
        for (Compound compound : all) {
            Map<LocalDate, double[]> byDay = use.getOrDefault(compound.getId(), Map.of());
            List<Forecast.Day> perDay = days.stream().map(d -> {
                double[] u = byDay.getOrDefault(d, new double[3]);
                return new Forecast.Day(d, u[0], u[1], u[2]);
            }).toList();
            result.add(new Forecast.CompoundForecast(compound.getId(), compound.getName(), perDay,
                    mostAtOnce(gateSeats.getOrDefault(compound.getId(), List.of())),
                    counted.getOrDefault(compound.getId(), Stock.NONE), counted.containsKey(compound.getId())));
        }
        return Optional.of(new Forecast(rosterId, from, to, days, result));
    }

    /**
     * The overview's headline from the timeline: the last day the masks last in the compound that runs
     * out first, or empty when nothing is planned from today on.
     */
    @Transactional(readOnly = true)
    public Optional<Headline> headline(long communityId) {
        return forecast(communityId).map(forecast -> forecast.compounds().stream()
                .filter(c -> c.masksRunOut().isPresent())
                .min(Comparator.comparing(c -> c.masksRunOut().get()))
                .map(c -> new Headline(c.masksRunOut().get().minusDays(1), c.compound(), forecast.to()))
                .orElse(new Headline(null, null, forecast.to())));
    }

    /**
     * @param masksLastUntil the last day the masks cover in the compound that runs out first; {@code null}
     *                       when every compound has masks to the end of the roster ({@code rosterEnds})
     */
    public record Headline(LocalDate masksLastUntil, String compound, LocalDate rosterEnds) {
    }

    /** The largest number of people on duty at once among these seats. */
    static int mostAtOnce(List<LocalDateTime[]> seats) {
        List<LocalDateTime[]> events = new ArrayList<>();
        for (LocalDateTime[] seat : seats) {
            events.add(new LocalDateTime[]{seat[0], null});
            events.add(new LocalDateTime[]{seat[1], seat[1]});
        }
        // At the same moment the leaving team hands over before the next one counts.
        events.sort(Comparator.<LocalDateTime[], LocalDateTime>comparing(e -> e[0]).thenComparing(e -> e[1] == null));
        int now = 0;
        int most = 0;
        for (LocalDateTime[] event : events) {
            now += event[1] == null ? 1 : -1;
            most = Math.max(most, now);
        }
        return most;
    }

    private Map<Long, Stock> counted(List<Compound> all) {
        return stocks.findByCompoundIdIn(all.stream().map(Compound::getId).toList()).stream()
                .collect(Collectors.toMap(SupplyStock::getCompoundId, SupplyStock::stock));
    }

    private Map<Long, Stock> stockOf(List<Compound> all) {
        Map<Long, Stock> counted = counted(all);
        return all.stream().collect(Collectors.toMap(Compound::getId, c -> counted.getOrDefault(c.getId(), Stock.NONE),
                (a, b) -> a, java.util.LinkedHashMap::new));
    }

}
