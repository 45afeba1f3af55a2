package org.shouwang.exchange;

import org.shouwang.volunteer.Volunteer;
import org.shouwang.demand.Demand;
import org.shouwang.community.Post;
import org.shouwang.community.Compound;
import org.shouwang.community.Community;
import org.shouwang.base.Codes;
import org.shouwang.base.PlainText;
import org.shouwang.volunteer.Phones;
import org.shouwang.plan.PlanDocument;
import org.shouwang.plan.PlanDocument.VolunteerDef;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanFormatException.Problem;
import org.shouwang.plan.PlanProblem;
import org.shouwang.plan.Shifts;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The limits of the database that the format itself does not have (code characters, lengths, ranges,
 * names without control characters, as the forms demand them: {@link PlainText}),
 * checked before an import writes anything so that a problem names its path in the document.
 */
final class StorableCheck {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final Pattern PHONE = Pattern.compile(Volunteer.PHONE_PATTERN);

    private final List<Problem> problems = new ArrayList<>();

    private StorableCheck() {
    }

    static void check(PlanDocument doc) {
        StorableCheck check = new StorableCheck();
        check.document(doc);
        if (!check.problems.isEmpty()) {
            throw new PlanFormatException(check.problems);
        }
    }

    private void document(PlanDocument doc) {
        text("community.name", doc.community().name(), Community.NAME_MAX);
        range("rules.minRestHours", doc.rules().minRestHours(), 0, Community.MIN_REST_HOURS_MAX);
        range("rules.maxHoursPerDay", doc.rules().maxHoursPerDay(), Community.MAX_HOURS_PER_DAY_MIN,
                Community.MAX_HOURS_PER_DAY_MAX);
        range("rules.maxConsecutiveDays", doc.rules().maxConsecutiveDays(), Community.MAX_CONSECUTIVE_DAYS_MIN,
                Community.MAX_CONSECUTIVE_DAYS_MAX);
        for (int i = 0; i < doc.compounds().size(); i++) {
            code("compounds[" + i + "].code", doc.compounds().get(i).code(), Compound.CODE_MAX);
            text("compounds[" + i + "].name", doc.compounds().get(i).name(), Compound.NAME_MAX);
        }
        for (int i = 0; i < doc.posts().size(); i++) {
            code("posts[" + i + "].code", doc.posts().get(i).code(), Post.CODE_MAX);
            text("posts[" + i + "].name", doc.posts().get(i).name(), Post.NAME_MAX);
        }
        for (int i = 0; i < doc.demands().size(); i++) {
            PlanDocument.DemandDef d = doc.demands().get(i);
            String path = "demands[" + i + "]";
            range(path + ".headcount", d.headcount(), Demand.HEADCOUNT_MIN, Demand.HEADCOUNT_MAX);
            if (d.days().isEmpty()) {
                problems.add(new Problem(path + ".days", PlanProblem.NO_WEEKDAY));
            }
            d.skills().keySet().forEach(skill -> text(path + ".skills." + skill, skill, Volunteer.SKILL_MAX));
        }
        sameStarts(doc);
        for (int i = 0; i < doc.volunteers().size(); i++) {
            VolunteerDef v = doc.volunteers().get(i);
            String path = "volunteers[" + i + "]";
            code(path + ".code", v.code(), Volunteer.CODE_MAX);
            text(path + ".name", v.name(), Volunteer.NAME_MAX);
            if (v.phone() != null && (v.phone().length() > Volunteer.PHONE_MAX || !PHONE.matcher(v.phone()).matches())) {
                problems.add(new Problem(path + ".phone", PlanProblem.NOT_A_PHONE, v.phone()));
            }
            range(path + ".maxHoursPerWeek", v.maxHoursPerWeek(), 0, Volunteer.MAX_HOURS_PER_WEEK_MAX);
            for (int s = 0; s < v.skills().size(); s++) {
                text(path + ".skills[" + s + "]", v.skills().get(s), Volunteer.SKILL_MAX);
            }
        }
        phones(doc.volunteers());
    }

    /** Phones are unique within a community: the volunteer feature's rule, as every save follows it. */
    private void phones(List<VolunteerDef> volunteers) {
        Phones.repeats(volunteers.stream().map(VolunteerDef::phone).toList()).forEach((repeat, first) -> {
            VolunteerDef earlier = volunteers.get(first);
            problems.add(new Problem("volunteers[" + repeat + "].phone", PlanProblem.DUPLICATE_PHONE,
                    volunteers.get(repeat).phone(), earlier.code(), earlier.name(), "volunteers[" + first + "]"));
        });
    }

    /**
     * The format refuses demands of one post that start a shift together within the horizon; stored, they
     * make shifts on every later date too, so they must not start together on any date.
     */
    private void sameStarts(PlanDocument doc) {
        List<PlanDocument.DemandDef> demands = doc.demands();
        for (int i = 0; i < demands.size(); i++) {
            for (int first = 0; first < i; first++) {
                PlanDocument.DemandDef a = demands.get(i);
                PlanDocument.DemandDef b = demands.get(first);
                // name the first shared start in the horizon or after it, else the one before it
                Optional<LocalDateTime> start = Shifts.firstSameStart(a, b, doc.horizon().from())
                        .or(() -> Shifts.firstSameStart(a, b, LocalDate.MIN));
                if (start.isPresent()) {
                    problems.add(new Problem("demands[" + i + "].from", PlanProblem.SAME_START, demands.get(i).post(),
                            start.get().format(DATE_TIME), "demands[" + first + "]"));
                    break;
                }
            }
        }
    }

    private void code(String path, String value, int max) {
        if (!Codes.isCode(value)) {
            problems.add(new Problem(path, PlanProblem.BAD_CODE, value));
        }
        text(path, value, max);
    }

    private void text(String path, String value, int max) {
        if (!PlainText.Check.isPlain(value)) {
            problems.add(new Problem(path, PlanProblem.CONTROL_CHARACTER));
        }
        if (value.length() > max) {
            problems.add(new Problem(path, PlanProblem.TOO_LONG, String.valueOf(max)));
        }
    }

    private void range(String path, double value, double min, double max) {
        if (value < min || value > max) {
            problems.add(new Problem(path, PlanProblem.OUT_OF_RANGE, String.valueOf((long) min),
                    String.valueOf((long) max), number(value)));
        }
    }

    /** As the file writes it: {@code 200}, not {@code 200.0}. */
    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
