package org.shouwang.duty;

import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Compound;
import org.shouwang.community.CompoundRepository;
import org.shouwang.community.Post;
import org.shouwang.community.PostRepository;
import org.shouwang.demand.Demand;
import org.shouwang.demand.DemandRepository;
import org.shouwang.demand.SkillCount;
import org.shouwang.plan.PostKind;
import org.shouwang.plan.VolunteerRole;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.context.ApplicationContext;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test data for publishing and duties: a community with one compound and gate, people and its timeline,
 * each under a unique name so tests never see each other's data.
 */
public class DutyFixture {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final PostRepository posts;
    private final VolunteerRepository volunteers;
    private final RosterRepository rosters;
    private final AssignmentRepository assignments;
    private final DemandRepository demands;

    public final Community community;
    public final Compound compound;
    public final Post gate;

    public DutyFixture(ApplicationContext ctx) {
        communities = ctx.getBean(CommunityRepository.class);
        compounds = ctx.getBean(CompoundRepository.class);
        posts = ctx.getBean(PostRepository.class);
        volunteers = ctx.getBean(VolunteerRepository.class);
        rosters = ctx.getBean(RosterRepository.class);
        assignments = ctx.getBean(AssignmentRepository.class);
        demands = ctx.getBean(DemandRepository.class);
        int n = NEXT.incrementAndGet();
        community = communities.save(new Community("测试社区-duty-" + n + "-" + System.nanoTime()));
        compound = compounds.save(new Compound(community, "C" + n, "堰山和畔"));
        gate = post(compound, "北门");
    }

    public Post post(Compound in, String name) {
        return posts.save(new Post(in, "P" + NEXT.incrementAndGet(), name, PostKind.GATE));
    }

    public Compound compound(String name, Long ownerId) {
        Compound c = new Compound(community, "C" + NEXT.incrementAndGet(), name);
        c.setOwnerId(ownerId);
        return compounds.save(c);
    }

    /** The gate's staffing need every day from {@code from} to {@code to}, the first seats needing the skills. */
    public Demand demand(Post post, LocalTime from, LocalTime to, int headcount, String... skills) {
        Demand demand = new Demand(post, EnumSet.allOf(DayOfWeek.class), from, to, headcount);
        demand.setSkills(java.util.Arrays.stream(skills).map(skill -> new SkillCount(skill, 1)).toList());
        return demands.save(demand);
    }

    public Volunteer volunteer(String name, String phone, String... skills) {
        Volunteer v = new Volunteer(community, "V" + NEXT.incrementAndGet(), name, VolunteerRole.VOLUNTEER);
        v.setPhone(phone);
        v.setSkills(Set.of(skills));
        v.setHome(compound);
        return volunteers.save(v);
    }

    /** The community's timeline (its one roster), made when it has none. */
    public Roster timeline() {
        return rosters.findByCommunityId(community.getId()).orElseGet(() -> rosters.save(new Roster(community)));
    }

    /** A window of the community's timeline over these dates. */
    public org.shouwang.roster.RosterWindow window(LocalDate first, LocalDate last) {
        return new org.shouwang.roster.RosterWindow(timeline().getId(), community.getId(), first, last);
    }

    /** A seat of the gate from {@code start} for {@code hours}, held by {@code volunteer} (may be null). */
    public Assignment seat(Roster roster, Post post, LocalDateTime start, int hours, int seatNo, String skill,
                           Volunteer volunteer) {
        Assignment seat = new Assignment(roster, post, start, start.plusHours(hours), seatNo, skill);
        seat.setVolunteer(volunteer);
        return assignments.save(seat);
    }

    /** A seat on the window's timeline, as {@link #seat(Roster, Post, LocalDateTime, int, int, String, Volunteer)}. */
    public Assignment seat(org.shouwang.roster.RosterWindow window, Post post, LocalDateTime start, int hours, int seatNo,
                           String skill, Volunteer volunteer) {
        return seat(timeline(), post, start, hours, seatNo, skill, volunteer);
    }

    /** Puts someone else in a seat (as the secretary would on the board), after publishing. */
    public void reassign(Assignment seat, Volunteer volunteer) {
        Assignment fresh = assignments.findById(seat.getId()).orElseThrow();
        fresh.setVolunteer(volunteer);
        assignments.save(fresh);
    }

    public Assignment reload(Assignment seat) {
        return assignments.findById(seat.getId()).orElseThrow();
    }

    public Roster reload(Roster roster) {
        return rosters.findById(roster.getId()).orElseThrow();
    }

    public Volunteer reload(Volunteer volunteer) {
        return volunteers.findById(volunteer.getId()).orElseThrow();
    }
}
