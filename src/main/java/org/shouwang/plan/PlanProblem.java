package org.shouwang.plan;

/**
 * Every kind of problem a {@code shouwang-plan/1} document can have, each with the translation key of
 * its sentence ({@code plan.problem.*} in {@code i18n/plan_*.properties}). A problem's path says where;
 * its arguments fill the sentence's {@code {0}}, {@code {1}}, ... in the order given here.
 * <p>
 * The last few are not limits of the format but of the database; an import checks them before it writes.
 */
public enum PlanProblem {

    /** The JSON itself is broken: line, column, the parser's own (English) detail. */
    NOT_JSON("not-json"),
    EMPTY_FILE("empty-file"),
    /** The {@code format} field is absent. */
    NOT_A_PLAN("not-a-plan"),
    /** The format found, as written in the file. */
    UNSUPPORTED_FORMAT("unsupported-format"),
    /** The expected {@link JsonType}, the one found. */
    WRONG_TYPE("wrong-type"),
    /** The expected {@link JsonType}, the one found, the value found. */
    WRONG_TYPE_VALUE("wrong-type-value"),
    /** The expected {@link JsonType}. */
    MISSING("missing"),
    BLANK("blank"),
    /** The least allowed, the value found. */
    TOO_SMALL("too-small"),
    /** The value found, the values allowed. */
    UNKNOWN_VALUE("unknown-value"),
    /** The value found (and for the next two). */
    MALFORMED_DATE("malformed-date"),
    MALFORMED_TIME("malformed-time"),
    MALFORMED_DATE_TIME("malformed-date-time"),
    /** The last date, the first date. */
    ENDS_BEFORE_START("ends-before-start"),
    /** The end, the start (a range of date and time must not be empty). */
    ENDS_NOT_AFTER_START("ends-not-after-start"),
    /** The seats that need skills, the headcount. */
    SKILLS_EXCEED_HEADCOUNT("skills-exceed-headcount"),
    ONLY_HOME_WITHOUT_HOME("only-home-without-home"),
    /** The code referred to (and for the next two). */
    UNKNOWN_COMPOUND("unknown-compound"),
    UNKNOWN_POST("unknown-post"),
    UNKNOWN_VOLUNTEER("unknown-volunteer"),
    /** The code, the path of its first use. */
    DUPLICATE_CODE("duplicate-code"),
    /** The post, the start, the path of the demand that made a shift with that start first. */
    SAME_START("same-start"),
    /** The post, the start. */
    NO_SUCH_SHIFT("no-such-shift"),
    /** The post, the start, the last seat number, the seat found. */
    NO_SUCH_SEAT("no-such-seat"),
    /** The path of the assignment that has the seat already. */
    SEAT_TAKEN("seat-taken"),

    // ---- limits of the database ----

    NO_WEEKDAY("no-weekday"),
    /** The value found. */
    NOT_A_PHONE("not-a-phone"),
    /** The value found. */
    BAD_CODE("bad-code"),
    /** The most characters allowed. */
    TOO_LONG("too-long"),
    /** A line break, tab or other control character in a name. */
    CONTROL_CHARACTER("control-character"),
    /** The least allowed, the most allowed, the value found. */
    OUT_OF_RANGE("out-of-range");

    private final String key;

    PlanProblem(String name) {
        this.key = "plan.problem." + name;
    }

    /** The translation key of the sentence. */
    public String key() {
        return key;
    }

    /** The kinds of JSON value a problem names; they are translated too ({@code plan.json.*}). */
    public enum JsonType {
        STRING, NUMBER, INTEGER, BOOLEAN, ARRAY, OBJECT, NULL;

        public String key() {
            return "plan.json." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
