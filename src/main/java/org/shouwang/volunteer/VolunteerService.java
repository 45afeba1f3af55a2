package org.shouwang.volunteer;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.shouwang.base.CodeTakenException;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.FormChecks;
import org.shouwang.base.References;
import org.shouwang.base.Paging;
import org.shouwang.base.Roles;
import org.shouwang.base.Versions;
import org.shouwang.community.CommunityService;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundOwners;
import org.shouwang.community.CompoundRepository;
import org.shouwang.community.VolunteerChoice;
import org.shouwang.plan.VolunteerRole;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The people who can be rostered: the public face of the volunteer feature. */
@Service
@Transactional
public class VolunteerService implements CompoundOwners {

    private static final String[] READERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN, Roles.COMMITTEE};
    private static final String[] EDITORS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};
    /** Grid columns that may be sorted on, as entity properties. */
    private static final Set<String> SORTABLE = Set.of("code", "name", "role", "maxHoursPerWeek");

    private final VolunteerRepository volunteers;
    private final CompoundRepository compounds;
    private final CommunityService communityService;
    private final PlannedHours plannedHours;
    private final References references;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public VolunteerService(VolunteerRepository volunteers, CompoundRepository compounds,
                            CommunityService communityService, PlannedHours plannedHours, References references,
                            CurrentUser currentUser, Validator validator, Clock clock,
                            ApplicationEventPublisher events) {
        this.volunteers = volunteers;
        this.compounds = compounds;
        this.communityService = communityService;
        this.plannedHours = plannedHours;
        this.references = references;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
        this.events = events;
    }

    /**
     * One page of the community's volunteers that match the query, for a lazy grid. Each row carries
     * the hours planned this week (one aggregate query for the page) and the phone, masked unless full
     * numbers were asked for by the secretary or a district admin.
     */
    @Transactional(readOnly = true)
    public List<VolunteerRow> page(long communityId, VolunteerQuery query, Pageable pageable) {
        currentUser.requireCommunity(communityId, READERS);
        Page<Volunteer> page = volunteers.findAll(matching(communityId, query), sortable(pageable));
        List<Volunteer> content = page.getContent();
        if (content.isEmpty()) {
            return List.of();
        }
        List<Long> ids = content.stream().map(Volunteer::getId).toList();
        Map<Long, List<String>> skills = new HashMap<>();
        for (Object[] pair : volunteers.skillsOf(ids)) {
            skills.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Set<Long> absent = new HashSet<>(volunteers.absentAt(ids, now));
        LocalDateTime weekStart = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atStartOfDay();
        Map<Long, Double> hours = plannedHours.hoursByVolunteer(communityId, ids, weekStart, weekStart.plusDays(7));
        boolean fullPhones = query.fullPhones() && maySeePhones();
        return content.stream().map(v -> new VolunteerRow(v.getId(), v.getCode(), v.getName(),
                fullPhones ? v.getPhone() : Phones.mask(v.getPhone()), v.getRole(),
                v.getHome() == null ? null : v.getHome().getId(), v.getHome() == null ? null : v.getHome().getName(),
                skills.getOrDefault(v.getId(), List.of()).stream().sorted().toList(),
                hours.getOrDefault(v.getId(), 0.0), v.getMaxHoursPerWeek(), absent.contains(v.getId()))).toList();
    }

    /** How many of the community's volunteers match the query. */
    @Transactional(readOnly = true)
    public long count(long communityId, VolunteerQuery query) {
        currentUser.requireCommunity(communityId, READERS);
        return volunteers.count(matching(communityId, query));
    }

    /** Whether the caller may see full phone numbers and change volunteers. */
    public boolean maySeePhones() {
        return currentUser.hasRole(Roles.SECRETARY) || currentUser.hasRole(Roles.DISTRICT_ADMIN);
    }

    /** The skills any volunteer of the community has, for choosing in filters and forms. */
    @Transactional(readOnly = true)
    public List<String> skills(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return volunteers.skillsInCommunity(communityId);
    }

    /** The community's committee members, e.g. to choose a compound's owner from. */
    @Transactional(readOnly = true)
    public List<VolunteerChoice> committeeMembers(long communityId) {
        currentUser.requireCommunity(communityId, READERS);
        return volunteers.findByCommunityIdAndRole(communityId, VolunteerRole.COMMITTEE).stream()
                .map(VolunteerService::choice).toList();
    }

    /** Names of volunteers by id (of the caller's community only), e.g. to show compound owners. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(long communityId, Collection<Long> ids) {
        currentUser.requireCommunity(communityId, READERS);
        return volunteers.findAllById(ids).stream()
                .filter(v -> v.getCommunity().getId() == communityId)
                .collect(Collectors.toMap(Volunteer::getId, Volunteer::getName));
    }

    /**
     * The code a new volunteer gets unless the secretary types another: {@code V} and four digits, one
     * more than the highest such code of the community ({@code V0231} after {@code V0230}).
     */
    @Transactional(readOnly = true)
    public String nextCode(long communityId) {
        currentUser.requireCommunity(communityId, EDITORS);
        int highest = volunteers.findByCommunityIdOrderByCode(communityId).stream().map(Volunteer::getCode)
                .filter(code -> code.matches("V[0-9]{1,9}")).mapToInt(code -> Integer.parseInt(code.substring(1)))
                .max().orElse(0);
        String code = String.format(Locale.ROOT, "V%04d", highest + 1);
        // Codes are unique; a taken one (typed by hand in another pattern) moves on.
        while (volunteers.existsByCommunityIdAndCode(communityId, code)) {
            highest++;
            code = String.format(Locale.ROOT, "V%04d", highest + 1);
        }
        return code;
    }

    /** An editable copy of one volunteer, with the full phone number. */
    @Transactional(readOnly = true)
    public VolunteerForm form(long volunteerId) {
        Volunteer volunteer = find(volunteerId);
        currentUser.requireCommunity(volunteer.getCommunity().getId(), EDITORS);
        return VolunteerForm.of(volunteer);
    }

    /**
     * Creates (no id) or updates a volunteer.
     *
     * @throws ConstraintViolationException     when a field is invalid
     * @throws IllegalArgumentException         when fields contradict each other (the message is the
     *                                          translation key of the first problem)
     * @throws CodeTakenException               when another volunteer of the community has the code
     * @throws PhoneTakenException              when another volunteer of the community has the phone
     * @throws ObjectOptimisticLockingFailureException when someone saved the volunteer meanwhile
     */
    public VolunteerForm save(long communityId, VolunteerForm form) {
        currentUser.requireCommunity(communityId, EDITORS);
        FormChecks.requireValid(validator, form, form.crossFieldProblems());
        Volunteer volunteer;
        if (form.getId() == null) {
            requireFreeCode(communityId, form.getCode());
            volunteer = new Volunteer(communityService.get(communityId), form.getCode(), form.getName(), form.getRole());
        } else {
            volunteer = find(form.getId());
            if (volunteer.getCommunity().getId() != communityId) {
                throw new AccessDeniedException("Volunteer " + form.getId() + " is not of community " + communityId);
            }
            Versions.requireUnchanged(volunteer, form.getVersion());
            if (!volunteer.getCode().equals(form.getCode())) {
                requireFreeCode(communityId, form.getCode());
            }
        }
        requireFreePhone(communityId, form.getPhone(), volunteer.getId());
        volunteer.setCode(form.getCode());
        volunteer.setName(form.getName());
        volunteer.setPhone(form.getPhone() == null || form.getPhone().isBlank() ? null : form.getPhone().strip());
        volunteer.setRole(form.getRole());
        volunteer.setHome(form.getHomeId() == null ? null : home(communityId, form.getHomeId()));
        volunteer.setOnlyHome(form.isOnlyHome());
        volunteer.setMaxHoursPerWeek(form.getMaxHoursPerWeek());
        volunteer.setSkills(form.getSkills().stream().map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new)));
        volunteer.setAvailable(form.getAvailable());
        volunteer.setPreferred(form.getPreferred());
        List<Absence> added = form.getAbsences().stream().filter(a -> !volunteer.getAbsences().contains(a)).toList();
        volunteer.setAbsences(form.getAbsences());
        Volunteer saved = volunteers.saveAndFlush(volunteer);
        // Leave the secretary records empties seats as the volunteer's own report does.
        added.forEach(a -> events.publishEvent(new AbsenceRecorded(saved.getId(), a.getStartsAt(), a.getEndsAt())));
        return VolunteerForm.of(saved);
    }

    /**
     * Deletes a volunteer that no roster seat and no compound (as its owner) refers to.
     *
     * @throws org.shouwang.base.StillReferencedException listing what still refers to the volunteer
     */
    public void delete(long volunteerId) {
        Volunteer volunteer = find(volunteerId);
        currentUser.requireCommunity(volunteer.getCommunity().getId(), EDITORS);
        references.requireUnused(Volunteer.class, volunteerId, volunteer.getName());
        volunteers.delete(volunteer);
    }

    private Compound home(long communityId, long compoundId) {
        Compound home = compounds.findById(compoundId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Compound.class, compoundId));
        if (home.getCommunity().getId() != communityId) {
            throw new AccessDeniedException("Compound " + compoundId + " is not of community " + communityId);
        }
        return home;
    }

    private void requireFreeCode(long communityId, String code) {
        if (volunteers.existsByCommunityIdAndCode(communityId, code)) {
            throw new CodeTakenException(code);
        }
    }

    /**
     * Phones are unique within a community (a phone is the volunteer's sign-in name): refuses one that
     * another volunteer has, naming them. Every path that stores volunteers checks through here or
     * {@link Phones#repeats}.
     *
     * @param selfId the volunteer being saved ({@code null} for a new one), whose own number is no clash
     * @throws PhoneTakenException naming the volunteer who has the number
     */
    public void requireFreePhone(long communityId, String phone, Long selfId) {
        String key = Phones.key(phone);
        if (key == null) {
            return;
        }
        volunteers.findByCommunityIdAndPhoneKey(communityId, key)
                .filter(other -> !other.getId().equals(selfId))
                .ifPresent(other -> {
                    throw new PhoneTakenException(phone.strip(), other.getCode(), other.getName());
                });
    }

    /** A volunteer deleted by someone else since the user saw it is a conflicting edit too. */
    private Volunteer find(long volunteerId) {
        return volunteers.findById(volunteerId)
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Volunteer.class, volunteerId));
    }

    private static VolunteerChoice choice(Volunteer volunteer) {
        return new VolunteerChoice(volunteer.getId(), volunteer.getCode(), volunteer.getName());
    }

    /** Sorting only on the grid's sortable columns, by code otherwise, so that pages are stable. */
    private static Pageable sortable(Pageable pageable) {
        return Paging.sortable(pageable, SORTABLE, "code");
    }

    private Specification<Volunteer> matching(long communityId, VolunteerQuery query) {
        boolean searchPhones = maySeePhones();
        LocalDateTime now = LocalDateTime.now(clock);
        return (root, criteria, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("community").get("id"), communityId));
            if (query.text() != null && !query.text().isBlank()) {
                String like = "%" + escapeLike(query.text().strip().toLowerCase(Locale.ROOT)) + "%";
                List<Predicate> any = new ArrayList<>();
                any.add(cb.like(cb.lower(root.get("name")), like, '\\'));
                any.add(cb.like(cb.lower(root.get("code")), like, '\\'));
                if (searchPhones) {
                    // Only those who may see numbers may find people by them.
                    any.add(cb.like(root.get("phone"), like, '\\'));
                }
                predicates.add(cb.or(any.toArray(Predicate[]::new)));
            }
            if (query.role() != null) {
                predicates.add(cb.equal(root.get("role"), query.role()));
            }
            if (query.homeId() != null) {
                predicates.add(cb.equal(root.get("home").get("id"), query.homeId()));
            }
            if (query.skill() != null && !query.skill().isBlank()) {
                predicates.add(cb.isMember(query.skill(), root.<Collection<String>>get("skills")));
            }
            if (query.onLeaveNow()) {
                Subquery<Long> absentNow = criteria.subquery(Long.class);
                Root<Volunteer> same = absentNow.from(Volunteer.class);
                Join<Volunteer, Absence> absence = same.join("absences");
                absentNow.select(same.get("id")).where(cb.equal(same.get("id"), root.get("id")),
                        cb.lessThanOrEqualTo(absence.get("startsAt"), now),
                        cb.greaterThan(absence.get("endsAt"), now));
                predicates.add(cb.exists(absentNow));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
