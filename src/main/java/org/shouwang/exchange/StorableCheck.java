package org.shouwang.exchange;

import org.shouwang.base.PlainText;
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

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 -]*");

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
        text("community.name", doc.community().name(), 100);
        range("rules.minRestHours", doc.rules().minRestHours(), 0, 48);
        range("rules.maxHoursPerDay", doc.rules().maxHoursPerDay(), 1, 24);
        range("rules.maxConsecutiveDays", doc.rules().maxConsecutiveDays(), 1, 31);
        for (int i = 0; i < doc.compounds().size(); i++) {
            code("compounds[" + i + "].code", doc.compounds().get(i).code(), 20);
            text("compounds[" + i + "].name", doc.compounds().get(i).name(), 100);
        }
        for (int i = 0; i < doc.posts().size(); i++) {
            code("posts[" + i + "].code", doc.posts().get(i).code(), 30);
            text("posts[" + i + "].name", doc.posts().get(i).name(), 100);
        }
        for (int i = 0; i < doc.demands().size(); i++) {
            PlanDocument.DemandDef d = doc.demands().get(i);
            String path = "demands[" + i + "]";
            range(path + ".headcount", d.headcount(), 1, 50);
            if (d.days().isEmpty()) {
                problems.add(new Problem(path + ".days", PlanProblem.NO_WEEKDAY));
            }
            d.skills().keySet().forEach(skill -> text(path + ".skills." + skill, skill, 30));
        }
        sameStarts(doc);
        for (int i = 0; i < doc.volunteers().size(); i++) {
            VolunteerDef v = doc.volunteers().get(i);
            String path = "volunteers[" + i + "]";
            code(path + ".code", v.code(), 20);
            text(path + ".name", v.name(), 50);
            if (v.phone() != null && (v.phone().length() > 20 || !PHONE.matcher(v.phone()).matches())) {
                problems.add(new Problem(path + ".phone", PlanProblem.NOT_A_PHONE, v.phone()));
            }
            range(path + ".maxHoursPerWeek", v.maxHoursPerWeek(), 0, 168);
            for (int s = 0; s < v.skills().size(); s++) {
                text(path + ".skills[" + s + "]", v.skills().get(s), 30);
            }
        }
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
        if (!CODE.matcher(value).matches()) {
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
