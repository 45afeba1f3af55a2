package org.shouwang.planning.ui;

import org.junit.jupiter.api.Test;
import org.shouwang.base.Translations;
import org.shouwang.solver.Rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule has a name in both languages, and a score is said in words in both. */
class RuleNamesTest {

    private final Translations translations = new Translations();

    @Test
    void every_rule_has_a_name_in_both_languages() {
        List<String> missing = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            for (Locale locale : Translations.LOCALES) {
                if (!translations.has(rule.translationKey(), locale)) {
                    missing.add(rule + " in " + locale);
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(translations.getTranslation(Rule.UNFAIR_LOAD.translationKey(), Translations.CHINESE))
                .isEqualTo("负担均衡");
    }

    @Test
    void a_score_is_said_in_words_in_both_languages() {
        assertThat(translations.getTranslation("rule.score", Translations.ENGLISH, 0, 3, 10L))
                .isEqualTo("0 rules broken · 3 seats empty · penalty 10");
        assertThat(translations.getTranslation("rule.score", Translations.ENGLISH, 1, 1, 0L))
                .isEqualTo("1 rule broken · 1 seat empty · penalty 0");
        assertThat(translations.getTranslation("rule.score", Translations.CHINESE, 2, 3, 1234L))
                .isEqualTo("违反规则 2 处 · 空缺 3 个岗位 · 扣分 1,234");
    }
}
