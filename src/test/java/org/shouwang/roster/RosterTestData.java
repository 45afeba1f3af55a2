package org.shouwang.roster;

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
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small community for roster tests, stored through the repositories, with a unique name per call so
 * that tests sharing one database never see each other's data: two compounds (甲院 owned by a committee
 * member, 乙院), one gate each, two 4-hour shifts a day of two seats (one needing LEAD at 甲院), and
 * eight volunteers.
 */
@Component
@Transactional
public class RosterTestData {

    /**
     * A Monday a week or more ahead: a solve in the app never changes shifts that have started, so the
     * tests plan days to come.
     */
    public static final LocalDate MONDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY)).plusWeeks(1);

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private final CommunityRepository communities;
    private final CompoundRepository compounds;
    private final PostRepository posts;
    private final DemandRepository demands;
    private final VolunteerRepository volunteers;

    public RosterTestData(CommunityRepository communities, CompoundRepository compounds, PostRepository posts,
                          DemandRepository demands, VolunteerRepository volunteers) {
        this.communities = communities;
        this.compounds = compounds;
        this.posts = posts;
        this.demands = demands;
        this.volunteers = volunteers;
    }

    /** What was made, by id. {@code owner} is the committee member who owns compound A. */
    public record Made(long communityId, long compoundA, long compoundB, long gateA, long gateB, long owner,
                       List<Long> volunteerIds) {
    }

    public Made community(String name) {
        Community community = communities.save(new Community(name + "-" + SERIAL.incrementAndGet()));
        Compound a = compounds.save(new Compound(community, "A", "甲院"));
        Compound b = compounds.save(new Compound(community, "B", "乙院"));
        Post gateA = posts.save(new Post(a, "A-N", "甲院北门", PostKind.GATE));
        Post gateB = posts.save(new Post(b, "B-S", "乙院南门", PostKind.GATE));
        for (Post gate : List.of(gateA, gateB)) {
            for (LocalTime start : List.of(LocalTime.of(7, 0), LocalTime.of(19, 0))) {
                Demand demand = new Demand(gate, EnumSet.allOf(DayOfWeek.class), start, start.plusHours(4), 2);
                if (gate == gateA) {
                    demand.setSkills(List.of(new SkillCount("LEAD", 1)));
                }
                demands.save(demand);
            }
        }
        List<Long> ids = new java.util.ArrayList<>();
        Volunteer owner = null;
        for (int i = 1; i <= 8; i++) {
            VolunteerRole role = i == 1 ? VolunteerRole.COMMITTEE : i <= 3 ? VolunteerRole.STAFF : VolunteerRole.VOLUNTEER;
            Volunteer v = new Volunteer(community, "V" + i, "志愿者" + i, role);
            v.setHome(i % 2 == 0 ? b : a);
            v.setMaxHoursPerWeek(24);
            if (i <= 4) {
                v.setSkills(Set.of("LEAD"));
            }
            v = volunteers.save(v);
            ids.add(v.getId());
            if (i == 1) {
                owner = v;
            }
        }
        a.setOwnerId(owner.getId());
        compounds.save(a);
        return new Made(community.getId(), a.getId(), b.getId(), gateA.getId(), gateB.getId(), owner.getId(), ids);
    }

    /** One more demand on gate A: every day 11:00–15:00, one seat. */
    public long addMiddayDemand(long gateA) {
        Post gate = posts.findById(gateA).orElseThrow();
        return demands.save(new Demand(gate, EnumSet.allOf(DayOfWeek.class), LocalTime.of(11, 0), LocalTime.of(15, 0), 1)).getId();
    }

    public void removeDemand(long demandId) {
        demands.deleteById(demandId);
    }
}
