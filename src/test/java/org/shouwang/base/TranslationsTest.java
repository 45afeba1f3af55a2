package org.shouwang.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void every_key_exists_in_both_languages() {
        assertThat(translations.keys(Translations.ENGLISH))
                .containsExactlyInAnyOrderElementsOf(translations.keys(Translations.CHINESE));
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
