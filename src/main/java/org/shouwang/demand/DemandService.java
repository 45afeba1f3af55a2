package org.shouwang.demand;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.FormChecks;
import org.shouwang.base.Roles;
import org.shouwang.base.Versions;
import org.shouwang.community.CommunityService;
import org.shouwang.community.Post;
import org.shouwang.community.PostRepository;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The recurring staffing need of posts: the public face of the demand feature. */
@Service
@Transactional
public class DemandService {

    private static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};

    private final DemandRepository demands;
    private final PostRepository posts;
    private final CommunityService communityService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    public DemandService(DemandRepository demands, PostRepository posts, CommunityService communityService,
                         CurrentUser currentUser, Validator validator, Clock clock) {
        this.demands = demands;
        this.posts = posts;
        this.communityService = communityService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /** The demand of one post, by start time. */
    @Transactional(readOnly = true)
    public List<DemandForm> demands(long postId) {
        Post post = findPost(postId);
        currentUser.requireCommunity(communityOf(post), READERS);
        return demands.findByPostIdOrderByStartsAt(postId).stream().map(DemandForm::of).toList();
    }

    /** The current state of one demand, e.g. to reload a form after a conflicting edit. */
    @Transactional(readOnly = true)
    public DemandForm form(long demandId) {
        Demand demand = find(demandId);
        currentUser.requireCommunity(communityOf(demand.getPost()), READERS);
        return DemandForm.of(demand);
    }

    /**
     * Creates (no id) or updates a demand of a post whose compound the caller may edit.
     *
     * @throws ConstraintViolationException when a field is invalid
     * @throws IllegalArgumentException     when fields contradict each other (message: translation key)
     * @throws SameStartException          when a shift would start together with one of another demand of the post
     * @throws ObjectOptimisticLockingFailureException when someone saved the demand meanwhile
     */
    public DemandForm save(DemandForm form) {
        Post post = findPost(form.getPostId());
        communityService.requireCompoundEditor(post.getCompound().getId());
        FormChecks.requireValid(validator, form, form.crossFieldProblems());
        requireOwnStarts(post, form);
        Demand demand;
        if (form.getId() == null) {
            demand = new Demand(post, form.getDays(), form.getStartsAt(), form.getEndsAt(), form.getHeadcount());
        } else {
            demand = find(form.getId());
            if (!demand.getPost().getId().equals(post.getId())) {
                communityService.requireCompoundEditor(demand.getPost().getCompound().getId());
                if (communityOf(demand.getPost()) != communityOf(post)) {
                    throw new AccessDeniedException("A demand cannot move to another community");
                }
            }
            Versions.requireUnchanged(demand, form.getVersion());
            demand.setPost(post);
        }
        demand.setDays(form.getDays());
        demand.setStartsAt(form.getStartsAt());
        demand.setEndsAt(form.getEndsAt());
        demand.setHeadcount(form.getHeadcount());
        demand.setSkills(form.getSkills());
        demand.setValidFrom(form.getValidFrom());
        demand.setValidTo(form.getValidTo());
        return DemandForm.of(demands.saveAndFlush(demand));
    }

    /**
     * Refuses a demand that would start a shift together with another demand of the same post, on any
     * date (a seat is named by its post, start and number: the solver and the plan format need them unique).
     */
    private void requireOwnStarts(Post post, DemandForm form) {
        PlanDocument.DemandDef candidate = new PlanDocument.DemandDef(post.getCode(),
                List.copyOf(form.getDays()), form.getStartsAt(), form.getEndsAt(), form.getHeadcount(), Map.of(),
                dates(form.getValidFrom(), form.getValidTo()));
        for (Demand other : demands.findByPostIdOrderByStartsAt(post.getId())) {
            if (!other.getId().equals(form.getId())) {
                Optional<LocalDateTime> start = Shifts.firstSameStart(candidate, toDef(other), LocalDate.MIN);
                if (start.isPresent()) {
                    throw new SameStartException(DemandForm.of(other), start.get());
                }
            }
        }
    }

    /** Deletes one demand (nothing refers to a demand: rosters keep their own seats). */
    public void delete(long demandId) {
        Demand demand = find(demandId);
        communityService.requireCompoundEditor(demand.getPost().getCompound().getId());
        demands.delete(demand);
    }

    /**
     * Replaces the demand of every post of the chosen kinds in the chosen compounds by the pattern's
     * shifts: one demand per shift of the day, e.g. 07:00–23:00 by 4 hours makes four per post.
     *
     * @return the number of demands created
     * @throws IllegalArgumentException when the pattern is invalid (message: translation key)
     */
    public int applyPattern(long communityId, DemandPattern pattern) {
        if (pattern.problem() != null) {
            throw new IllegalArgumentException(pattern.problem());
        }
        List<Post> targets = targets(communityId, pattern);
        pattern.compoundIds().forEach(communityService::requireCompoundEditor);
        List<Demand> replaced = demands.findByPostIdIn(targets.stream().map(Post::getId).toList());
        if (!replaced.isEmpty()) {
            demands.deleteAllInBatch(replaced);
        }
        List<Demand> created = new ArrayList<>();
        for (Post post : targets) {
            for (LocalTime[] shift : pattern.shifts()) {
                Demand demand = new Demand(post, pattern.days(), shift[0], shift[1], pattern.headcount());
                demand.setSkills(skillCounts(pattern.skills()));
                created.add(demand);
            }
        }
        demands.saveAll(created);
        return created.size();
    }

    /**
     * The same as {@link #applyPattern} with the parameters one by one.
     *
     * @param skills skilled seats per shift, e.g. {@code {"LEAD": 1}}
     */
    public int applyPattern(long communityId, Set<Long> compoundIds, Set<org.shouwang.plan.PostKind> postKinds,
                            Set<DayOfWeek> days, LocalTime from, LocalTime to, int shiftHours, int headcount,
                            Map<String, Integer> skills) {
        return applyPattern(communityId,
                new DemandPattern(compoundIds, postKinds, days, from, to, shiftHours, headcount, skills));
    }

    /** Seats needed per weekday by the community's current demand, in the current week. */
    @Transactional(readOnly = true)
    public Map<DayOfWeek, Integer> seatsPerDay(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return seatsPerDay(demands.findByPostCompoundCommunityIdOrderByPostCodeAscStartsAtAsc(communityId).stream()
                .map(DemandService::toDef).toList());
    }

    /** What applying the pattern would do, without doing it: the figures the pattern dialog shows. */
    @Transactional(readOnly = true)
    public PatternPreview preview(long communityId, DemandPattern pattern) {
        currentUser.requireCommunity(communityId, READERS);
        List<Post> targets = pattern.problem() == null ? targets(communityId, pattern) : List.of();
        List<PlanDocument.DemandDef> patternDefs = new ArrayList<>();
        for (Post post : targets) {
            for (LocalTime[] shift : pattern.shifts()) {
                patternDefs.add(new PlanDocument.DemandDef(post.getCode(), List.copyOf(pattern.days()), shift[0],
                        shift[1], pattern.headcount(), pattern.skills(), null));
            }
        }
        Set<String> replaced = new java.util.HashSet<>(targets.stream().map(Post::getCode).toList());
        List<PlanDocument.DemandDef> after = new ArrayList<>(patternDefs);
        demands.findByPostCompoundCommunityIdOrderByPostCodeAscStartsAtAsc(communityId).stream()
                .map(DemandService::toDef).filter(def -> !replaced.contains(def.post())).forEach(after::add);
        return new PatternPreview(targets.size(), seatsPerDay(patternDefs), seatsPerDay(after));
    }

    /** A demand in the plan format, for the one shift expansion ({@link Shifts#expand}). */
    public static PlanDocument.DemandDef toDef(Demand demand) {
        return new PlanDocument.DemandDef(demand.getPost().getCode(), demand.getDays().stream().sorted().toList(),
                demand.getStartsAt(), demand.getEndsAt(), demand.getHeadcount(), demand.getSkillMap(),
                dates(demand.getValidFrom(), demand.getValidTo()));
    }

    private static PlanDocument.DateRange dates(LocalDate validFrom, LocalDate validTo) {
        return validFrom == null && validTo == null ? null : new PlanDocument.DateRange(
                validFrom == null ? LocalDate.MIN : validFrom, validTo == null ? LocalDate.MAX : validTo);
    }

    private Map<DayOfWeek, Integer> seatsPerDay(List<PlanDocument.DemandDef> defs) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<DayOfWeek, Integer> seats = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            seats.put(day, 0);
        }
        for (ShiftDef shift : Shifts.expand(defs, monday, monday.plusDays(6))) {
            seats.merge(shift.start().getDayOfWeek(), shift.headcount(), Integer::sum);
        }
        return seats;
    }

    private List<Post> targets(long communityId, DemandPattern pattern) {
        currentUser.requireCommunity(communityId, READERS);
        if (pattern.compoundIds().isEmpty() || pattern.postKinds().isEmpty()) {
            return List.of();
        }
        List<Post> targets = posts.findByCompoundIdInAndKindInOrderByCode(pattern.compoundIds(), pattern.postKinds());
        for (Post post : targets) {
            if (communityOf(post) != communityId) {
                throw new AccessDeniedException("Compound " + post.getCompound().getId() + " is not of community " + communityId);
            }
        }
        return targets;
    }

    private static List<SkillCount> skillCounts(Map<String, Integer> skills) {
        return skills.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new SkillCount(e.getKey(), e.getValue())).toList();
    }

    /** A demand deleted by someone else since the user saw it is a conflicting edit too. */
    private Demand find(long demandId) {
        return demands.findById(demandId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Demand.class, demandId));
    }

    private Post findPost(long postId) {
        return posts.findById(postId).orElseThrow(() -> new ObjectOptimisticLockingFailureException(Post.class, postId));
    }

    private static long communityOf(Post post) {
        return post.getCompound().getCommunity().getId();
    }
}
