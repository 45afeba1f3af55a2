package org.shouwang.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.demand.Demand;
import org.shouwang.demand.SkillCount;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Roster;
import org.shouwang.volunteer.Absence;
import org.shouwang.volunteer.AvailabilityWindow;
import org.shouwang.volunteer.Volunteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Imports a whole community from a {@code shouwang-plan/1} document, all or nothing: one transaction,
 * and the document is checked completely (format and database limits) before anything is written.
 */
@Service
@Transactional
public class PlanImportService {

    /** What an import made. {@code rosterId} is the draft roster of the document's assignments, if it had any. */
    public record ImportResult(long communityId, String communityName, int compounds, int posts, int demands,
                               int volunteers, int assignments, Long rosterId) {
    }

    private static final Logger log = LoggerFactory.getLogger(PlanImportService.class);

    private final EntityManager em;
    private final CommunityRepository communities;
    private final CurrentUser currentUser;

    public PlanImportService(EntityManager em, CommunityRepository communities, CurrentUser currentUser) {
        this.em = em;
        this.communities = communities;
        this.currentUser = currentUser;
    }

    /**
     * Imports the document as a community. A new name makes a new community (district admins only).
     * An existing name is refused with {@link CommunityExistsException} unless {@code mode} is
     * {@link ImportMode#REPLACE}: then its compounds, posts, demands and rosters are replaced and its
     * volunteers updated by code (those missing from the document are removed), which the district admin or
     * that community's secretary may do. The document's assignments become a draft roster over its horizon.
     *
     * @throws org.shouwang.plan.PlanFormatException naming every problem of the document; nothing is imported
     * @throws AccessDeniedException                 when the caller may not import it
     */
    public ImportResult importCommunity(PlanDocument document, ImportMode mode) {
        PlanDocument doc = PlanJson.validate(document);
        StorableCheck.check(doc);
        String name = doc.community().name();
        Optional<Community> existing = communities.findByName(name);
        Community community;
        if (existing.isPresent() && mode != ImportMode.REPLACE) {
            // The real reason first: a secretary importing their own community's export is not refused
            // for lack of rights but because it exists, and may replace it.
            throw new CommunityExistsException(name);
        }
        if (existing.isPresent()) {
            currentUser.requireCommunity(existing.get().getId(), Roles.SECRETARY, Roles.DISTRICT_ADMIN);
            community = clear(existing.get().getId());
        } else {
            if (!currentUser.hasRole(Roles.DISTRICT_ADMIN)) {
                throw new AccessDeniedException("Only a district admin may create a community");
            }
            if (existing.isPresent()) {
                throw new CommunityExistsException(name);
            }
            community = new Community(name);
            em.persist(community);
        }
        community.setMinRestHours(doc.rules().minRestHours());
        community.setMaxHoursPerDay(doc.rules().maxHoursPerDay());
        community.setMaxConsecutiveDays(doc.rules().maxConsecutiveDays());

        Map<String, Compound> compounds = new HashMap<>();
        for (CompoundDef def : doc.compounds()) {
            Compound compound = new Compound(community, def.code(), def.name());
            compound.setHouseholds(def.households());
            em.persist(compound);
            compounds.put(def.code(), compound);
        }
        Map<String, Post> posts = new HashMap<>();
        for (PostDef def : doc.posts()) {
            Post post = new Post(compounds.get(def.compound()), def.code(), def.name(), def.kind());
            em.persist(post);
            posts.put(def.code(), post);
        }
        for (DemandDef def : doc.demands()) {
            em.persist(demand(def, posts.get(def.post())));
        }
        Map<String, Volunteer> volunteers = volunteers(community, doc.volunteers(), compounds);
        for (CompoundDef def : doc.compounds()) {
            if (def.owner() != null) {
                compounds.get(def.code()).setOwnerId(volunteers.get(def.owner()).getId());
            }
        }
        Long rosterId = doc.assignments().isEmpty() ? null : roster(community, doc, posts, volunteers);
        em.flush();
        log.info("Imported community {} ({}): {} compounds, {} posts, {} volunteers, {} assignments", name,
                mode, compounds.size(), posts.size(), volunteers.size(), doc.assignments().size());
        return new ImportResult(community.getId(), name, compounds.size(), posts.size(), doc.demands().size(),
                volunteers.size(), doc.assignments().size(), rosterId);
    }

    /**
     * What {@link #importCommunity} with {@link ImportMode#REPLACE} would remove and change, without
     * changing anything: for the confirmation the secretary sees first.
     *
     * @return empty when no community has the document's name (the import would create one)
     * @throws org.shouwang.plan.PlanFormatException naming every problem of the document
     * @throws AccessDeniedException                 when the caller may not replace the community
     */
    @Transactional(readOnly = true)
    public Optional<ReplacePreview> previewReplace(PlanDocument document) {
        PlanDocument doc = PlanJson.validate(document);
        StorableCheck.check(doc);
        Optional<Community> existing = communities.findByName(doc.community().name());
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        long id = existing.get().getId();
        currentUser.requireCommunity(id, Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        List<Volunteer> stored = em.createQuery("select v from Volunteer v where v.community.id = :id order by v.code",
                Volunteer.class).setParameter("id", id).getResultList();
        Map<String, VolunteerDef> inDocument = doc.volunteers().stream()
                .collect(Collectors.toMap(VolunteerDef::code, Function.identity()));
        List<String> removed = new ArrayList<>();
        List<Long> removedIds = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> lostLeave = new ArrayList<>();
        for (Volunteer volunteer : stored) {
            VolunteerDef def = inDocument.get(volunteer.getCode());
            if (def == null) {
                removed.add(volunteer.getName());
                removedIds.add(volunteer.getId());
                continue;
            }
            volunteer.getAbsences().stream()
                    .filter(a -> def.unavailable().stream().noneMatch(r -> r.from().equals(a.getStartsAt())
                            && r.to().equals(a.getEndsAt())))
                    .forEach(a -> lostLeave.add(volunteer.getName() + ": " + a.getStartsAt().toString().replace('T', ' ')
                            + " – " + a.getEndsAt().toString().replace('T', ' ')));
            if (!sameVolunteer(volunteer, def)) {
                changed.add(volunteer.getName());
            }
        }
        List<String> withAccounts = removedIds.isEmpty() ? List.of() : stored.stream()
                .filter(v -> accountHolders(removedIds).contains(v.getId())).map(Volunteer::getName).toList();
        return Optional.of(new ReplacePreview(existing.get().getName(),
                count("select count(c) from Compound c where c.community.id = :id", id), doc.compounds().size(),
                count("select count(p) from Post p where p.compound.community.id = :id", id), doc.posts().size(),
                count("select count(d) from Demand d where d.post.compound.community.id = :id", id), doc.demands().size(),
                count("select count(a) from Assignment a where a.roster.community.id = :id", id),
                count("select count(a) from Assignment a where a.roster.community.id = :id"
                        + " and a.publishedAt is not null and a.publishedVolunteer is not null", id),
                removed, withAccounts, changed, lostLeave));
    }

    private int count(String query, long communityId) {
        return em.createQuery(query, Long.class).setParameter("id", communityId).getSingleResult().intValue();
    }

    /** Volunteers that have an account: a native query, as this feature does not know the account's entity. */
    private java.util.Set<Long> accountHolders(List<Long> volunteerIds) {
        List<?> rows = em.createNativeQuery("select volunteer_id from account where volunteer_id in (:ids)")
                .setParameter("ids", volunteerIds).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).collect(Collectors.toSet());
    }

    private static boolean sameVolunteer(Volunteer v, VolunteerDef def) {
        return v.getName().equals(def.name()) && java.util.Objects.equals(v.getPhone(), def.phone())
                && v.getRole() == def.role() && v.isOnlyHome() == def.onlyHome()
                && v.getMaxHoursPerWeek() == def.maxHoursPerWeek()
                && java.util.Objects.equals(v.getHome() == null ? null : v.getHome().getCode(), def.home())
                && new java.util.TreeSet<>(v.getSkills()).equals(new java.util.TreeSet<>(def.skills()));
    }

    /** Removes everything of the community but the community itself and its volunteers (kept for their accounts). */
    private Community clear(long communityId) {
        em.flush();
        for (String statement : List.of(
                "delete from Assignment a where a.roster.id in (select r.id from Roster r where r.community.id = :id)",
                "delete from Roster r where r.community.id = :id",
                "delete from Demand d where d.post.id in (select p.id from Post p where p.compound.community.id = :id)",
                "update Volunteer v set v.home = null where v.community.id = :id",
                "update Compound c set c.ownerId = null where c.community.id = :id",
                "delete from Post p where p.compound.id in (select c.id from Compound c where c.community.id = :id)",
                "delete from Compound c where c.community.id = :id")) {
            em.createQuery(statement).setParameter("id", communityId).executeUpdate();
        }
        em.clear();
        return em.find(Community.class, communityId);
    }

    private static Demand demand(DemandDef def, Post post) {
        Demand demand = new Demand(post, EnumSet.copyOf(def.days()), def.from(), def.to(), def.headcount());
        demand.setSkills(def.skills().entrySet().stream().map(e -> new SkillCount(e.getKey(), e.getValue())).toList());
        if (def.dates() != null) {
            demand.setValidFrom(def.dates().from());
            demand.setValidTo(def.dates().to());
        }
        return demand;
    }

    /** Creates the document's volunteers, updates those of the same code, removes the others. */
    private Map<String, Volunteer> volunteers(Community community, List<VolunteerDef> defs,
                                              Map<String, Compound> compounds) {
        Map<String, Volunteer> existing = em.createQuery(
                        "select v from Volunteer v where v.community.id = :id", Volunteer.class)
                .setParameter("id", community.getId()).getResultList().stream()
                .collect(Collectors.toMap(Volunteer::getCode, Function.identity()));
        Map<String, Volunteer> volunteers = new HashMap<>();
        for (VolunteerDef def : defs) {
            Volunteer volunteer = existing.remove(def.code());
            if (volunteer == null) {
                volunteer = new Volunteer(community, def.code(), def.name(), def.role());
                em.persist(volunteer);
            }
            volunteer.setName(def.name());
            volunteer.setRole(def.role());
            volunteer.setPhone(def.phone());
            volunteer.setHome(def.home() == null ? null : compounds.get(def.home()));
            volunteer.setOnlyHome(def.onlyHome());
            volunteer.setMaxHoursPerWeek(def.maxHoursPerWeek());
            volunteer.setSkills(new LinkedHashSet<>(def.skills()));
            volunteer.setAvailable(windows(def.available()));
            volunteer.setPreferred(windows(def.preferred()));
            volunteer.setAbsences(def.unavailable().stream()
                    .map(r -> new Absence(r.from(), r.to(), Absence.Reason.LEAVE, null)).toList());
            volunteers.put(def.code(), volunteer);
        }
        existing.values().forEach(em::remove);
        flushRemovals();
        return volunteers;
    }

    private static List<AvailabilityWindow> windows(List<WeeklyWindow> windows) {
        return windows.stream()
                .map(w -> new AvailabilityWindow(EnumSet.copyOf(w.days()), w.from(), w.to()))
                .toList();
    }

    private Long roster(Community community, PlanDocument doc, Map<String, Post> posts,
                        Map<String, Volunteer> volunteers) {
        // The community's timeline: a new community's, or the replaced one's (whose seats are gone).
        Roster roster = new Roster(community);
        em.persist(roster);
        Map<String, ShiftDef> shifts = new HashMap<>();
        Shifts.expand(doc).forEach(s -> shifts.putIfAbsent(s.post() + "@" + s.start(), s));
        for (AssignmentDef def : doc.assignments()) {
            ShiftDef shift = shifts.get(def.post() + "@" + def.start());
            String skill = def.seat() < shift.headcount() ? shift.seatSkills().get(def.seat()) : null;
            Assignment assignment = new Assignment(roster, posts.get(def.post()), shift.start(), shift.end(),
                    def.seat(), skill);
            assignment.setVolunteer(def.volunteer() == null ? null : volunteers.get(def.volunteer()));
            assignment.setPinned(def.pinned());
            em.persist(assignment);
        }
        return roster.getId();
    }

    /** Writes now, so that a refused removal (a volunteer still referenced elsewhere) fails with a clear message. */
    private void flushRemovals() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            // A translation key, as the views expect of a refusal (see Feedback): the cause keeps the details.
            throw new IllegalArgumentException("exchange.error.volunteer-still-referenced", e);
        }
    }
}
