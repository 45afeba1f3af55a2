package org.shouwang.cover;

import org.shouwang.TestUsers;
import org.shouwang.base.Roles;
import org.shouwang.community.Community;
import org.shouwang.community.CommunityRepository;
import org.shouwang.community.Post;
import org.shouwang.duty.DutyFixture;
import org.shouwang.publish.PublishingService;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterWindow;
import org.shouwang.volunteer.Volunteer;
import org.springframework.context.ApplicationContext;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A community for call for cover: one compound with a north gate (two seats) and an east gate (one seat),
 * both 08:00–12:00 every day, and the community's timeline with a window from {@link #day} (three days
 * ahead) over a week; the tests make seats, fill some, publish, and offer the others.
 */
public class CoverFixture {

    public final DutyFixture data;
    public final Post north;
    public final Post east;
    public final LocalDate day;
    public final Roster roster;
    /** The window of {@link #day} and the six days after, which {@link #publish} publishes. */
    public final RosterWindow window;
    private final PublishingService publishing;
    private final CommunityRepository communities;

    public CoverFixture(ApplicationContext ctx) {
        data = new DutyFixture(ctx);
        publishing = ctx.getBean(PublishingService.class);
        communities = ctx.getBean(CommunityRepository.class);
        north = data.gate;
        east = data.post(data.compound, "东门");
        data.demand(north, LocalTime.of(8, 0), LocalTime.of(12, 0), 2);
        data.demand(east, LocalTime.of(8, 0), LocalTime.of(12, 0), 1);
        day = LocalDate.now(ctx.getBean(Clock.class)).plusDays(3);
        roster = data.timeline();
        window = data.window(day, day.plusDays(6));
    }

    public Community community() {
        return data.community;
    }

    public long communityId() {
        return data.community.getId();
    }

    public Volunteer volunteer(String name) {
        return data.volunteer(name, null);
    }

    /**
     * A second compound, 锦江苑, owned by the committee member {@code owner}, with a west gate of one seat
     * 08:00–12:00 every day: the post whose seats a committee member may offer.
     */
    public Post ownedGate(Volunteer owner) {
        Post west = data.post(data.compound("锦江苑", owner.getId()), "西门");
        data.demand(west, LocalTime.of(8, 0), LocalTime.of(12, 0), 1);
        return west;
    }

    /** Seat {@code seatNo} of the post's shift on {@link #day} (or {@code days} later), held by {@code holder}. */
    public Assignment seat(Post post, int seatNo, Volunteer holder) {
        return seat(post, 0, seatNo, holder);
    }

    public Assignment seat(Post post, int days, int seatNo, Volunteer holder) {
        return data.seat(roster, post, day.plusDays(days).atTime(8, 0), 4, seatNo, null, holder);
    }

    /** Publishes the roster as its secretary, and stays signed in as them. */
    public void publish() {
        asSecretary();
        publishing.publish(window);
    }

    public void asSecretary() {
        TestUsers.signIn(Roles.SECRETARY, communityId(), null);
    }

    public void as(Volunteer volunteer) {
        TestUsers.signIn(Roles.VOLUNTEER, communityId(), volunteer.getId());
    }

    /** Sets the community's call-for-cover settings straight in the database. */
    public void settings(boolean autoOffer, int giveBackHours) {
        Community community = communities.findById(communityId()).orElseThrow();
        community.setCoverAutoOffer(autoOffer);
        community.setCoverGiveBackHours(giveBackHours);
        communities.save(community);
    }
}
