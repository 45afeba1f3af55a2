package org.shouwang.solver.bound;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.ShiftDef;
import org.shouwang.plan.Shifts;
import org.shouwang.solver.baseline.Eligibility;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An upper bound on the seats any roster can fill while keeping the hard rules: no roster that keeps
 * them fills more. It is the optimum of a relaxation, solved as a maximum flow.
 * <p>
 * Kept rules: skills, availability windows, leave, home-only, hours per day and per Monday–Sunday week,
 * and "one seat per volunteer per time window" (two seats of shifts with the same start and end).
 * Relaxed: overlap of shifts with different times, minimum rest, consecutive days, pinned assignments.
 * <p>
 * Flow is measured in time units of {@code u} minutes, {@code u} the greatest common divisor of all
 * shift lengths, so every roster's load is a whole number of units and the hour limits may be rounded
 * down to whole units without cutting off any roster. Network:
 * <pre>
 * source → (volunteer, week)         capacity: weekly maximum, in whole units
 *        → (volunteer, date)         capacity: daily maximum, in whole units (shifts count on their start date)
 *        → (volunteer, time window)  capacity: one seat's length (one seat per volunteer per window)
 *        → (time window, skill)      if the volunteer is free for the whole window (availability, leave)
 *                                    and has the skill ("no skill" seats: everyone); home-only
 *                                    volunteers skip this node and go straight to their home's seats:
 *        → (time window, skill, compound) the seats of those posts, interchangeable for every volunteer
 *        → sink                      capacity: number of seats × their length
 * </pre>
 * A roster sends its filled seats' lengths along these edges, so its load is a flow. A seat counts
 * as filled in proportion to the share of its length that reaches the sink: the best such count is the
 * linear relaxation of "fill most seats", found by adding the seats' sink edges shortest shifts first
 * and maximising the flow after each length (the reachable loads per length form a polymatroid, where
 * this greedy order is optimal for a value of 1/length per unit). The bound is that count rounded down.
 * With equal shift lengths it is the plain maximum flow divided by the length.
 */
public final class MaxFlowBound {

    private MaxFlowBound() {
    }

    /** The most seats of the problem that any roster keeping the hard rules can fill. */
    public static int of(PlanDocument problem) {
        List<ShiftDef> shifts = Shifts.expand(problem);
        if (shifts.isEmpty()) {
            return 0;
        }
        long unit = 0;
        for (ShiftDef shift : shifts) {
            unit = gcd(unit, minutes(shift.start(), shift.end()));
        }
        Map<String, String> compoundOfPost = new HashMap<>();
        for (PostDef post : problem.posts()) {
            compoundOfPost.put(post.code(), post.compound());
        }

        // Seats grouped by time window, then by (skill, compound): the seats of one group are interchangeable.
        Map<Window, Map<Group, Integer>> seatsPerWindow = new LinkedHashMap<>();
        for (ShiftDef shift : shifts) {
            Map<Group, Integer> groups = seatsPerWindow.computeIfAbsent(new Window(shift.start(), shift.end()),
                    w -> new LinkedHashMap<>());
            for (String skill : shift.seatSkills()) {
                groups.merge(new Group(skill, compoundOfPost.get(shift.post())), 1, Integer::sum);
            }
        }

        FlowNetwork network = new FlowNetwork();
        int source = network.addNode();
        int sink = network.addNode();
        Map<Window, Map<String, Integer>> skillNodes = new HashMap<>();
        Map<Window, Map<Group, Integer>> groupNodes = new HashMap<>();
        TreeSet<Long> lengths = new TreeSet<>();
        List<SinkEdge> sinkEdges = new ArrayList<>();
        for (Map.Entry<Window, Map<Group, Integer>> entry : seatsPerWindow.entrySet()) {
            Window window = entry.getKey();
            long units = window.minutes() / unit;
            lengths.add(units);
            Map<String, Integer> bySkill = new HashMap<>();
            Map<Group, Integer> byGroup = new HashMap<>();
            for (Map.Entry<Group, Integer> group : entry.getValue().entrySet()) {
                int skillNode = bySkill.computeIfAbsent(group.getKey().skill() == null ? "" : group.getKey().skill(),
                        s -> network.addNode());
                int groupNode = network.addNode();
                byGroup.put(group.getKey(), groupNode);
                network.addEdge(skillNode, groupNode, FlowNetwork.INFINITE);
                int edge = network.addEdge(groupNode, sink, 0);
                sinkEdges.add(new SinkEdge(edge, units, Math.toIntExact(group.getValue() * units)));
            }
            skillNodes.put(window, bySkill);
            groupNodes.put(window, byGroup);
        }

        long dayLimit = (long) Math.floor(problem.rules().maxHoursPerDay() * 60 / unit + 1e-9);
        for (VolunteerDef volunteer : problem.volunteers()) {
            long weekLimit = (long) Math.floor(volunteer.maxHoursPerWeek() * 60 / unit + 1e-9);
            Map<LocalDate, Integer> weekNodes = new HashMap<>();
            Map<LocalDate, Integer> dateNodes = new HashMap<>();
            for (Map.Entry<Window, Map<Group, Integer>> entry : seatsPerWindow.entrySet()) {
                Window window = entry.getKey();
                if (!Eligibility.isFree(volunteer, window.start(), window.end())) {
                    continue;
                }
                List<Integer> targets = new ArrayList<>();
                if (volunteer.onlyHome()) {
                    groupNodes.get(window).forEach((group, node) -> {
                        if (group.compound().equals(volunteer.home()) && Eligibility.hasSkill(volunteer, group.skill())) {
                            targets.add(node);
                        }
                    });
                } else {
                    skillNodes.get(window).forEach((skill, node) -> {
                        if (Eligibility.hasSkill(volunteer, skill.isEmpty() ? null : skill)) {
                            targets.add(node);
                        }
                    });
                }
                if (targets.isEmpty()) {
                    continue;
                }
                LocalDate date = window.start().toLocalDate();
                int weekNode = weekNodes.computeIfAbsent(Eligibility.weekOf(date), week -> {
                    int node = network.addNode();
                    network.addEdge(source, node, (int) Math.min(weekLimit, FlowNetwork.INFINITE));
                    return node;
                });
                int dateNode = dateNodes.computeIfAbsent(date, d -> {
                    int node = network.addNode();
                    network.addEdge(weekNode, node, (int) Math.min(dayLimit, FlowNetwork.INFINITE));
                    return node;
                });
                int windowNode = network.addNode();
                network.addEdge(dateNode, windowNode, Math.toIntExact(window.minutes() / unit));
                for (int target : targets) {
                    network.addEdge(windowNode, target, FlowNetwork.INFINITE);
                }
            }
        }

        double seats = 0;
        for (long length : lengths) {
            for (SinkEdge edge : sinkEdges) {
                if (edge.units() == length) {
                    network.setCapacity(edge.id(), edge.capacity());
                }
            }
            network.maxFlow(source, sink);
        }
        for (SinkEdge edge : sinkEdges) {
            seats += (double) network.flow(edge.id()) / edge.units();
        }
        return (int) Math.floor(seats + 1e-9);
    }

    private static long minutes(LocalDateTime start, LocalDateTime end) {
        return Duration.between(start, end).toMinutes();
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private record Window(LocalDateTime start, LocalDateTime end) {
        long minutes() {
            return MaxFlowBound.minutes(start, end);
        }
    }

    /** Seats of one window that need {@code skill} ({@code null}: none) at posts of {@code compound}. */
    private record Group(String skill, String compound) {
        Group {
            Objects.requireNonNull(compound);
        }
    }

    private record SinkEdge(int id, long units, int capacity) {
    }
}
