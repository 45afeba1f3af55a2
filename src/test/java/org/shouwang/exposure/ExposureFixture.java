package org.shouwang.exposure;

import org.shouwang.TestData;
import org.shouwang.community.Community;
import org.shouwang.community.Compound;
import org.shouwang.community.Post;
import org.shouwang.plan.PostKind;
import org.shouwang.roster.Assignment;
import org.shouwang.roster.AssignmentRepository;
import org.shouwang.roster.Roster;
import org.shouwang.roster.RosterRepository;
import org.shouwang.volunteer.Volunteer;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A community whose contacts are known: X (the positive case) serves gate 1 overnight Monday 22:00 to
 * Tuesday 06:00 and Wednesday 08:00–12:00.
 * <ul>
 *   <li>A: gate 1, Monday 23:00 – Tuesday 07:00: direct, 7 hours;</li>
 *   <li>E: gate 1, Wednesday 10:00–14:00: direct, 2 hours;</li>
 *   <li>B: gate 1, Tuesday 06:00–14:00: starts as X leaves (no contact), but meets A for an hour;</li>
 *   <li>F: gate 1, Tuesday 06:30–07:00: likewise a contact of A only (half an hour);</li>
 *   <li>C: gate 2 of the same compound, Monday 22:00 – Tuesday 02:00: a neighbour, 4 hours;</li>
 *   <li>D: gate 3 of another compound at X's time: never a contact;</li>
 *   <li>G: gate 1 at X's time, but only in the draft nobody was told about: never a contact;</li>
 *   <li>H: gate 1 with X three weeks before: outside the last 14 days.</li>
 * </ul>
 */
public class ExposureFixture {

    public static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    public final Community community;
    public final Volunteer x;
    public final Volunteer a;
    public final Volunteer b;
    public final Volunteer c;
    public final Volunteer d;
    public final Volunteer e;
    public final Volunteer f;
    public final Volunteer g;
    public final Volunteer h;

    private final AssignmentRepository assignments;
    private int seats;

    public ExposureFixture(TestData data, RosterRepository rosters, AssignmentRepository assignments) {
        this.assignments = assignments;
        community = data.community();
        Compound yanshan = data.compound(community, "堰山和畔");
        Compound other = data.compound(community, "锦官苑");
        Post gate1 = data.post(yanshan, "1号门", PostKind.GATE);
        Post gate2 = data.post(yanshan, "2号门", PostKind.GATE);
        Post gate3 = data.post(other, "北门", PostKind.GATE);
        x = person(data, "X阳性", "13900000000");
        a = person(data, "A", "13900000001");
        b = person(data, "B", "13900000002");
        c = person(data, "C", "13900000003");
        d = person(data, "D", "13900000004");
        e = person(data, "E", "13900000005");
        f = person(data, "F", "13900000006");
        g = person(data, "G", "13900000007");
        h = person(data, "H", "13900000008");
        Roster timeline = data.timeline(community);
        seat(timeline, gate1, at(0, 22), at(1, 6), x, true);
        seat(timeline, gate1, at(2, 8), at(2, 12), x, true);
        seat(timeline, gate1, at(0, 23), at(1, 7), a, true);
        seat(timeline, gate1, at(2, 10), at(2, 14), e, true);
        seat(timeline, gate1, at(1, 6), at(1, 14), b, true);
        seat(timeline, gate1, at(1, 6).plusMinutes(30), at(1, 7), f, true);
        seat(timeline, gate2, at(0, 22), at(1, 2), c, true);
        seat(timeline, gate3, at(0, 22), at(1, 6), d, true);
        seat(timeline, gate1, at(0, 22), at(1, 6), g, false);
        seat(timeline, gate1, at(-21, 8), at(-21, 12), x, true);
        seat(timeline, gate1, at(-21, 8), at(-21, 12), h, true);
    }

    static LocalDateTime at(int dayFromMonday, int hour) {
        return MONDAY.plusDays(dayFromMonday).atTime(hour, 0);
    }

    private Volunteer person(TestData data, String name, String phone) {
        Volunteer volunteer = data.volunteer(community, name);
        volunteer.setPhone(phone);
        return data.save(volunteer);
    }

    private void seat(Roster roster, Post post, LocalDateTime from, LocalDateTime to, Volunteer who, boolean published) {
        // Each seat its own number: two people of one shift hold seats 0 and 1.
        Assignment seat = new Assignment(roster, post, from, to, seats++, null);
        seat.setVolunteer(who);
        if (published) {
            seat.setPublishedVolunteer(who);
            seat.setPublishedAt(from.minusDays(1));
        }
        assignments.save(seat);
    }
}
