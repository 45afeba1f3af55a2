package org.shouwang;

import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.shouwang.community.Post;
import org.shouwang.community.PostRepository;
import org.shouwang.demand.Demand;
import org.shouwang.demand.DemandRepository;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Small factories for tests, straight through the repositories. Every name and code is unique, so tests
 * sharing one Spring context never see each other's data.
 */
@Component
public class TestData {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final PostRepository posts;
    private final VolunteerRepository volunteers;
    private final DemandRepository demands;
    private final RosterRepository rosters;
    private final AssignmentRepository assignments;

    public TestData(CommunityRepository communities, CompoundRepository compounds, PostRepository posts,
                    VolunteerRepository volunteers, DemandRepository demands, RosterRepository rosters,
                    AssignmentRepository assignments) {
        this.communities = communities;
        this.compounds = compounds;
        this.posts = posts;
        this.volunteers = volunteers;
        this.demands = demands;
        this.rosters = rosters;
        this.assignments = assignments;
    }

    /** A code no other test uses, e.g. {@code C17}. */
    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public Community community() {
        return communities.save(new Community(unique("测试社区")));
    }

    public Compound compound(Community community, String name) {
        return compounds.save(new Compound(community, unique("C"), name));
    }

    public Compound compound(Community community, String name, Long ownerId) {
        Compound compound = new Compound(community, unique("C"), name);
        compound.setOwnerId(ownerId);
        return compounds.save(compound);
    }

    public Post post(Compound compound, String name, PostKind kind) {
        return posts.save(new Post(compound, unique("P"), name, kind));
    }

    public Volunteer volunteer(Community community, String name) {
        return volunteer(community, name, VolunteerRole.VOLUNTEER, null);
    }

    public Volunteer volunteer(Community community, String name, VolunteerRole role, Compound home) {
        Volunteer volunteer = new Volunteer(community, unique("V"), name, role);
        volunteer.setHome(home);
        return volunteers.save(volunteer);
    }

    public Volunteer save(Volunteer volunteer) {
        return volunteers.save(volunteer);
    }

    /** Every day from..to, {@code headcount} people. */
    public Demand demand(Post post, LocalTime from, LocalTime to, int headcount) {
        return demands.save(new Demand(post, EnumSet.allOf(DayOfWeek.class), from, to, headcount));
    }

    /** The community's timeline (its one roster), made when it has none. */
    public Roster timeline(Community community) {
        return rosters.findByCommunityId(community.getId()).orElseGet(() -> rosters.save(new Roster(community)));
    }

    /** Seat 0 of the post's shift from..to, held by the volunteer (or empty when {@code null}). */
    public Assignment assignment(Roster roster, Post post, LocalDateTime from, LocalDateTime to, Volunteer volunteer) {
        Assignment assignment = new Assignment(roster, post, from, to, 0, null);
        assignment.setVolunteer(volunteer);
        return assignments.save(assignment);
    }
}
