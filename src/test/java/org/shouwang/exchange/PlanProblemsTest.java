package org.shouwang.exchange;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.shouwang.base.Translations;
import org.shouwang.plan.PlanFormatException;
import org.shouwang.plan.PlanFormatException.Problem;
import org.shouwang.plan.PlanFormatException.Translator;
import org.shouwang.plan.PlanJson;
import org.shouwang.plan.PlanProblem;
import org.shouwang.plan.PlanProblem.JsonType;
import org.shouwang.plan.TinyPlan;
import org.shouwang.plan.VolunteerRole;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of problem an import can report, each raised by a file that has it, and said in Chinese
 * and in English from the bundles. A kind added later without a file here fails
 * {@link #every_kind_of_problem_is_raised_by_a_file_below}.
 */
class PlanProblemsTest {

    private static final Translations TRANSLATIONS = new Translations();

    /** A file with the problem, read as an import reads it: the format first, then the database's limits. */
    private static final Map<PlanProblem, Supplier<String>> FILES = new EnumMap<>(PlanProblem.class);

    static {
        FILES.put(PlanProblem.NOT_JSON, () -> "{\"format\": ");
        FILES.put(PlanProblem.EMPTY_FILE, () -> "  ");
        FILES.put(PlanProblem.NOT_A_PLAN, () -> TinyPlan.with(doc -> doc.remove("format")));
        FILES.put(PlanProblem.UNSUPPORTED_FORMAT, () -> TinyPlan.with(doc -> doc.put("format", "shouwang-plan/9")));
        FILES.put(PlanProblem.WRONG_TYPE, () -> TinyPlan.with(doc -> doc.putObject("compounds")));
        FILES.put(PlanProblem.WRONG_TYPE_VALUE, () -> TinyPlan.with(doc -> rules(doc).put("maxConsecutiveDays", "five")));
        FILES.put(PlanProblem.MISSING, () -> TinyPlan.with(doc -> element(doc, "volunteers", 0).remove("maxHoursPerWeek")));
        FILES.put(PlanProblem.BLANK, () -> TinyPlan.with(doc -> object(doc, "community").put("name", " ")));
        FILES.put(PlanProblem.TOO_SMALL, () -> TinyPlan.with(doc -> rules(doc).put("maxConsecutiveDays", 0)));
        FILES.put(PlanProblem.UNKNOWN_VALUE, () -> TinyPlan.with(doc -> element(doc, "posts", 0).put("kind", "TOWER")));
        FILES.put(PlanProblem.MALFORMED_DATE, () -> TinyPlan.with(doc -> object(doc, "horizon").put("from", "2020-2-3")));
        FILES.put(PlanProblem.MALFORMED_TIME, () -> TinyPlan.with(doc -> element(doc, "demands", 0).put("from", "7:00")));
        FILES.put(PlanProblem.MALFORMED_DATE_TIME, () -> TinyPlan.with(doc -> unavailable(doc, "2020-02-03 07:00", "2020-02-03T09:00")));
        FILES.put(PlanProblem.ENDS_BEFORE_START, () -> TinyPlan.with(doc -> object(doc, "horizon").put("to", "2020-02-01")));
        FILES.put(PlanProblem.ENDS_NOT_AFTER_START, () -> TinyPlan.with(doc -> unavailable(doc, "2020-02-03T09:00", "2020-02-03T09:00")));
        FILES.put(PlanProblem.SKILLS_EXCEED_HEADCOUNT,
                () -> TinyPlan.with(doc -> element(doc, "demands", 0).putObject("skills").put("LEAD", 3)));
        FILES.put(PlanProblem.ONLY_HOME_WITHOUT_HOME,
                () -> TinyPlan.with(doc -> element(doc, "volunteers", 0).put("onlyHome", true).remove("home")));
        FILES.put(PlanProblem.UNKNOWN_COMPOUND, () -> TinyPlan.with(doc -> element(doc, "posts", 0).put("compound", "C99")));
        FILES.put(PlanProblem.UNKNOWN_POST, () -> TinyPlan.with(doc -> element(doc, "demands", 0).put("post", "NOPE")));
        FILES.put(PlanProblem.UNKNOWN_VOLUNTEER, () -> TinyPlan.with(doc -> element(doc, "compounds", 0).put("owner", "V9999")));
        FILES.put(PlanProblem.DUPLICATE_CODE, () -> TinyPlan.with(doc -> element(doc, "volunteers", 1).put("code", "V0000")));
        FILES.put(PlanProblem.SAME_START, () -> TinyPlan.with(doc -> element(doc, "demands", 1).put("from", "07:00")));
        FILES.put(PlanProblem.NO_SUCH_SHIFT, () -> TinyPlan.with(doc -> assignment(doc, "2020-02-03T08:00", 0)));
        FILES.put(PlanProblem.NO_SUCH_SEAT, () -> TinyPlan.with(doc -> assignment(doc, "2020-02-03T07:00", 5)));
        FILES.put(PlanProblem.SEAT_TAKEN, () -> TinyPlan.with(doc -> {
            assignment(doc, "2020-02-03T07:00", 1);
            assignment(doc, "2020-02-03T07:00", 1);
        }));
        FILES.put(PlanProblem.NO_WEEKDAY, () -> TinyPlan.with(doc -> element(doc, "demands", 0).putArray("days")));
        FILES.put(PlanProblem.NOT_A_PHONE, () -> TinyPlan.with(doc -> element(doc, "volunteers", 0).put("phone", "call me")));
        FILES.put(PlanProblem.BAD_CODE, () -> TinyPlan.with(doc -> element(doc, "volunteers", 0).put("code", "V 0")));
        FILES.put(PlanProblem.TOO_LONG, () -> TinyPlan.with(doc -> object(doc, "community").put("name", "社".repeat(101))));
        FILES.put(PlanProblem.CONTROL_CHARACTER,
                () -> TinyPlan.with(doc -> element(doc, "compounds", 0).put("name", "C0\r\nX")));
        FILES.put(PlanProblem.OUT_OF_RANGE, () -> TinyPlan.with(doc -> rules(doc).put("maxHoursPerDay", 30)));
    }

    @Test
    void every_kind_of_problem_is_raised_by_a_file_below() {
        assertThat(FILES.keySet()).containsExactlyInAnyOrder(PlanProblem.values());
    }

    @Test
    void every_problem_sentence_and_json_type_is_in_both_bundles() {
        for (Locale locale : Translations.LOCALES) {
            for (PlanProblem kind : PlanProblem.values()) {
                assertThat(TRANSLATIONS.has(kind.key(), locale)).as("%s in %s", kind.key(), locale).isTrue();
            }
            for (JsonType type : JsonType.values()) {
                assertThat(TRANSLATIONS.has(type.key(), locale)).as("%s in %s", type.key(), locale).isTrue();
            }
            assertThat(TRANSLATIONS.has("plan.problem.more", locale)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(PlanProblem.class)
    void each_problem_is_raised_and_said_in_chinese_and_in_english(PlanProblem kind) {
        PlanFormatException refused = importing(FILES.get(kind).get());
        Problem problem = refused.problems().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not raised, but " + refused.problems()));

        String chinese = problem.describe(in(Translations.CHINESE));
        String english = problem.describe(in(Translations.ENGLISH));

        // Every argument filled in, no key missing, and the two languages really differ.
        assertThat(chinese).doesNotContain("!plan.", "{").isNotEqualTo(english);
        assertThat(english).doesNotContain("!plan.", "{");
        assertThat(chinese).containsPattern("\\p{IsHan}");
        assertThat(problem.toString()).as("the command line's English is the bundle's").isEqualTo(english);
    }

    @Test
    void a_name_with_a_line_break_is_refused_and_the_problem_names_the_field() {
        PlanFormatException refused = importing(FILES.get(PlanProblem.CONTROL_CHARACTER).get());

        assertThat(refused.problems()).singleElement().satisfies(problem -> assertThat(
                problem.describe(in(Translations.CHINESE))).isEqualTo("compounds[0].name: 含有换行符、制表符或其他控制字符"));
    }

    @Test
    void the_exception_message_is_the_first_problem_in_english_and_counts_the_others() {
        PlanFormatException refused = importing(TinyPlan.with(doc -> {
            element(doc, "volunteers", 0).remove("maxHoursPerWeek");
            element(doc, "volunteers", 0).put("role", "MAYOR");
        }));

        assertThat(refused).hasMessage("volunteers[0].role: unknown value \"MAYOR\", expected one of "
                + Arrays.stream(VolunteerRole.values()).map(Enum::name).collect(Collectors.joining(", "))
                + " (and 1 more problems)");
        assertThat(refused.problems().get(1).describe(in(Translations.CHINESE)))
                .isEqualTo("volunteers[0].maxHoursPerWeek: 缺少数值");
    }

    private static Translator in(Locale locale) {
        return (key, args) -> TRANSLATIONS.getTranslation(key, locale, args);
    }

    private static PlanFormatException importing(String json) {
        try {
            StorableCheck.check(PlanJson.read(json));
        } catch (PlanFormatException refused) {
            return refused;
        }
        throw new AssertionError("the file was imported");
    }

    private static ObjectNode element(ObjectNode doc, String array, int index) {
        return (ObjectNode) doc.get(array).get(index);
    }

    private static ObjectNode object(ObjectNode doc, String name) {
        return (ObjectNode) doc.get(name);
    }

    private static ObjectNode rules(ObjectNode doc) {
        return object(doc, "rules");
    }

    private static void unavailable(ObjectNode doc, String from, String to) {
        element(doc, "volunteers", 0).putArray("unavailable").addObject().put("from", from).put("to", to);
    }

    private static void assignment(ObjectNode doc, String start, int seat) {
        doc.withArray("assignments").addObject().put("post", "C00-G0").put("start", start).put("seat", seat)
                .put("volunteer", "V0001");
    }
}
