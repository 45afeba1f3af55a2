package org.shouwang.base;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shouwang.community.CompoundData;
import org.shouwang.community.PostData;
import org.shouwang.demand.DemandForm;
import org.shouwang.volunteer.VolunteerForm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class TranslatedValidationMessagesTest {

    /** As the forms' binders get it: from {@code META-INF/validation.xml}. */
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();
    private final Translations translations = new Translations();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private Map<String, String> errors(Object form, Locale locale) {
        Map<String, String> byField = new TreeMap<>();
        for (ConstraintViolation<Object> v : validator.validate(form)) {
            // as Vaadin's binder asks it: the template, the violation and the user's locale
            String message = FACTORY.getMessageInterpolator().interpolate(v.getMessageTemplate(), new Context(v), locale);
            byField.merge(v.getPropertyPath().toString(), message, (a, b) -> a + " | " + b);
        }
        return byField;
    }

    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void a_bad_code_a_long_name_and_a_range_are_explained_in_chinese_and_in_english() {
        CompoundData compound = new CompoundData();
        compound.setCode("东区/1");
        compound.setName("名".repeat(101));
        compound.setHouseholds(-1);

        assertThat(errors(compound, Translations.CHINESE)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "code", "编号只能包含字母、数字、- 和 _。",
                "name", "最多 100 个字符。",
                "households", "不能小于 0。"));
        assertThat(errors(compound, Translations.ENGLISH)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "code", "A code may contain only letters, digits, - and _.",
                "name", "At most 100 characters.",
                "households", "Cannot be less than 0."));
    }

    @Test
    void no_form_shows_a_pattern_a_template_or_a_raw_default_message() {
        PostData post = new PostData();
        post.setCode("a b");
        post.setName("line\nbreak");
        VolunteerForm volunteer = new VolunteerForm();
        volunteer.setCode("");
        volunteer.setName(null);
        volunteer.setPhone("call me");
        volunteer.setMaxHoursPerWeek(500);
        DemandForm demand = new DemandForm();
        demand.setHeadcount(0);
        demand.setDays(java.util.Set.of());
        List<String> messages = new ArrayList<>();
        for (Object form : List.of(post, volunteer, demand)) {
            for (Locale locale : Translations.LOCALES) {
                Map<String, String> errors = errors(form, locale);
                assertThat(errors).as(form.getClass().getSimpleName()).isNotEmpty();
                messages.addAll(errors.values());
            }
        }
        assertThat(messages).hasSizeGreaterThan(15)
                .noneMatch(m -> m.contains("[") || m.contains("{") || m.contains("!") || m.contains("null")
                        || m.contains("must") || m.contains("匹配") || m.contains("个数"));
    }

    /** Every {@code message = "{key}"} of a constraint names a key both bundles have. */
    @Test
    void every_message_key_of_a_constraint_exists_in_both_languages() throws IOException {
        Pattern messageKey = Pattern.compile("(?:message\\(\\) default|message =|MESSAGE =)\\s*\"\\{([a-z][a-z0-9.-]+)}\"");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = messageKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    seen++;
                    for (Locale locale : Translations.LOCALES) {
                        if (!translations.has(matcher.group(1), locale)) {
                            missing.add(file.getFileName() + ": " + matcher.group(1) + " (" + locale + ")");
                        }
                    }
                }
            }
        }
        assertThat(seen).isGreaterThanOrEqualTo(3);
        assertThat(missing).isEmpty();
    }
}
