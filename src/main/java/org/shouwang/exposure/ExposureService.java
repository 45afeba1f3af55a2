package org.shouwang.exposure;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.roster.Assignment;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Contact tracing: everyone who served at the same post at the same time as a person (optionally at the
 * neighbouring posts of the compound, and the contacts' contacts), from the published rosters, which say
 * who stood where. Only the secretary and district admins may look, and every lookup is logged.
 */
@Service
@Transactional
public class ExposureService {

    private static final String[] TRACERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};

    private final ExposureRepository seats;
    private final ExposureLookupRepository lookups;
    private final VolunteerRepository volunteers;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ExposureService(ExposureRepository seats, ExposureLookupRepository lookups, VolunteerRepository volunteers,
                           CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.lookups = lookups;
        this.volunteers = volunteers;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The person's contacts over the query's days, most hours together first; the lookup is written to
     * the audit log.
     *
     * @throws IllegalArgumentException {@code exposure.error.range} when the range ends before it starts
     */
    public ExposureList lookUp(long communityId, ExposureQuery query) {
        currentUser.requireCommunity(communityId, TRACERS);
        if (query.to().isBefore(query.from())) {
            throw new IllegalArgumentException("exposure.error.range");
        }
        Volunteer person = volunteers.findById(query.volunteerId())
                .orElseThrow(() -> new ObjectOptimisticLockingFailureException(Volunteer.class, query.volunteerId()));
        if (person.getCommunity().getId() != communityId) {
            throw new AccessDeniedException("Volunteer " + query.volunteerId() + " is not of community " + communityId);
        }
        LocalDateTime from = query.from().atStartOfDay();
        LocalDateTime to = query.to().plusDays(1).atStartOfDay();
        List<Assignment> all = seats.findPublishedSeats(communityId, from, to);
        Map<Long, List<Assignment>> byVolunteer = all.stream()
                .collect(Collectors.groupingBy(a -> a.getPublishedVolunteer().getId()));
        Map<Long, List<Assignment>> byCompound = all.stream()
                .collect(Collectors.groupingBy(a -> a.getPost().getCompound().getId()));

        Map<Long, Found> first = contactsOf(byVolunteer.getOrDefault(person.getId(), List.of()), byCompound,
                query.neighbours(), Set.of(person.getId()));
        List<Contact> contacts = new ArrayList<>();
        first.values().forEach(f -> contacts.add(f.contact(1, null)));
        if (query.secondDegree()) {
            Set<Long> known = new LinkedHashSet<>(first.keySet());
            known.add(person.getId());
            Map<Long, Found> second = new LinkedHashMap<>();
            Map<Long, Set<String>> via = new HashMap<>();
            for (Found direct : first.values()) {
                contactsOf(byVolunteer.getOrDefault(direct.volunteer.getId(), List.of()), byCompound, query.neighbours(),
                        known).forEach((id, found) -> {
                    second.merge(id, found, Found::merge);
                    via.computeIfAbsent(id, x -> new LinkedHashSet<>()).add(direct.volunteer.getName());
                });
            }
            second.forEach((id, found) -> contacts.add(found.contact(2, String.join("、", via.get(id)))));
        }
        contacts.sort(Comparator.comparingInt(Contact::degree).thenComparing(Comparator.comparingDouble(Contact::hours)
                .reversed()).thenComparing(Contact::name));
        lookups.save(new ExposureLookup(communityId, username(), person.getId(), person.getName(), query,
                contacts.size(), LocalDateTime.now(clock)));
        return new ExposureList(person.getName(), query, contacts);
    }

    /** The community's audit log of lookups, newest first. */
    @Transactional(readOnly = true)
    public List<ExposureLookup> auditLog(long communityId, Pageable pageable) {
        currentUser.requireCommunity(communityId, TRACERS);
        return lookups.findByCommunityIdOrderByLookedUpAtDesc(communityId, pageable);
    }

    @Transactional(readOnly = true)
    public long countAuditLog(long communityId) {
        currentUser.requireCommunity(communityId, TRACERS);
        return lookups.countByCommunityId(communityId);
    }

    /**
     * Everyone who shared time with these seats: at the same post, or (with neighbours) at any post of
     * the same compound; people in {@code skip} are left out.
     */
    private static Map<Long, Found> contactsOf(List<Assignment> mine, Map<Long, List<Assignment>> byCompound,
                                               boolean neighbours, Set<Long> skip) {
        Map<Long, Found> found = new LinkedHashMap<>();
        for (Assignment seat : mine) {
            for (Assignment other : byCompound.getOrDefault(seat.getPost().getCompound().getId(), List.of())) {
                Volunteer who = other.getPublishedVolunteer();
                boolean samePost = other.getPost().getId().equals(seat.getPost().getId());
                if (skip.contains(who.getId()) || (!samePost && !neighbours)) {
                    continue;
                }
                LocalDateTime start = max(seat.getStartsAt(), other.getStartsAt());
                LocalDateTime end = min(seat.getEndsAt(), other.getEndsAt());
                if (start.isBefore(end)) {
                    found.computeIfAbsent(who.getId(), id -> new Found(who)).together.add(new Contact.Together(start, end,
                            other.getPost().getCompound().getName(), other.getPost().getName(), samePost));
                }
            }
        }
        return found;
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    /** The signed-in account's name, as the log records who looked. */
    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }

    /** A contact being collected: the shared stretches in a set, since rosters may overlap. */
    private static final class Found {
        private final Volunteer volunteer;
        private final Set<Contact.Together> together = new LinkedHashSet<>();

        Found(Volunteer volunteer) {
            this.volunteer = volunteer;
        }

        Found merge(Found other) {
            together.addAll(other.together);
            return this;
        }

        Contact contact(int degree, String via) {
            List<Contact.Together> sorted = together.stream()
                    .sorted(Comparator.comparing(Contact.Together::from).thenComparing(Contact.Together::post)).toList();
            return new Contact(volunteer.getId(), volunteer.getName(), volunteer.getPhone(), degree, via, sorted);
        }
    }
}
