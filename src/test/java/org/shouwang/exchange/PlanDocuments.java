package org.shouwang.exchange;

import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.AssignmentDef;
import org.shouwang.plan.PlanDocument.CommunityInfo;
import org.shouwang.plan.PlanDocument.CompoundDef;
import org.shouwang.plan.PlanDocument.DemandDef;
import org.shouwang.plan.PlanDocument.PostDef;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanDocument.WeeklyWindow;

import java.util.Comparator;
import java.util.List;

/** Test helpers for comparing documents that went through the database. */
public final class PlanDocuments {

    private PlanDocuments() {
    }

    /**
     * The document in the order the database gives back: compounds, posts and volunteers by code, demands by
     * post and start, weekdays Monday first and skills sorted (the database keeps both as sets).
     */
    public static PlanDocument normalized(PlanDocument d) {
        return new PlanDocument(d.format(), d.community(), d.horizon(), d.rules(),
                d.compounds().stream().sorted(Comparator.comparing(CompoundDef::code)).toList(),
                d.posts().stream().sorted(Comparator.comparing(PostDef::code)).toList(),
                d.demands().stream()
                        .map(x -> new DemandDef(x.post(), sorted(x.days()), x.from(), x.to(), x.headcount(), x.skills(),
                                x.dates()))
                        .sorted(Comparator.comparing(DemandDef::post).thenComparing(DemandDef::from)
                                .thenComparing(x -> x.days().toString()))
                        .toList(),
                d.volunteers().stream()
                        .map(v -> new VolunteerDef(v.code(), v.name(), v.phone(), v.role(), v.home(), sorted(v.skills()),
                                v.maxHoursPerWeek(), v.onlyHome(), windows(v.available()), v.unavailable(),
                                windows(v.preferred())))
                        .sorted(Comparator.comparing(VolunteerDef::code)).toList(),
                d.assignments().stream().sorted(Comparator.comparing(AssignmentDef::post)
                        .thenComparing(AssignmentDef::start).thenComparingInt(AssignmentDef::seat)).toList(),
                d.summary());
    }

    /** The same document for a community of another name. */
    public static PlanDocument renamed(PlanDocument d, String name) {
        return new PlanDocument(d.format(), new CommunityInfo(name), d.horizon(), d.rules(), d.compounds(), d.posts(),
                d.demands(), d.volunteers(), d.assignments(), d.summary());
    }

    private static List<WeeklyWindow> windows(List<WeeklyWindow> windows) {
        return windows.stream().map(w -> new WeeklyWindow(sorted(w.days()), w.from(), w.to())).toList();
    }

    private static <T extends Comparable<T>> List<T> sorted(List<T> values) {
        return values.stream().sorted().toList();
    }
}
