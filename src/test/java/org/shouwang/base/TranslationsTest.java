package org.shouwang.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_key_exists_in_both_languages() {
        assertThat(translations.keys(Translations.ENGLISH))
                .containsExactlyInAnyOrderElementsOf(translations.keys(Translations.CHINESE));
    }

    /**
     * Every key the code names literally ({@code getTranslation("duty.title")}, {@code text(locale, "x.y")},
     * a {@code titleKey()} or {@code @Menu(title = ...)}) exists: the bundles agreeing with each other is not
     * enough when both lack a key. Keys built at run time ({@code "duty.reason." + reason}) are not seen here.
     */
    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Pattern literalKey = Pattern.compile("(?:getTranslation\\(|translate\\(|text\\(\\w+,\\s*|title\\s*=\\s*|return\\s+)"
                + "\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9-]+)+)\"\\s*[,);]");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    seen++;
                    for (Locale locale : Translations.LOCALES) {
                        if (!translations.keys(locale).contains(key)) {
                            missing.add(file.getFileName() + ": " + key + " (" + locale + ")");
                        }
                    }
                }
            }
        }
        assertThat(seen).as("keys found in the code: the pattern still matches how the code names them")
                .isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    @Test
    void chinese_is_the_default_and_english_is_translated() {
        assertThat(translations.getTranslation("app.language", null)).isEqualTo("语言");
        assertThat(translations.getTranslation("app.language", Translations.ENGLISH)).isEqualTo("Language");
    }

    @Test
    void a_missing_key_is_visible() {
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH)).isEqualTo("!no.such.key!");
    }
}
