package org.shouwang.planning.ui;

import org.junit.jupiter.api.Test;
import org.shouwang.base.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/** What the planner says after a re-solve reads as a sentence in both languages, for one seat and for many. */
class ReplanMessageTest {

    private final Translations translations = new Translations();

    @Test
    void the_count_of_changed_seats_is_said_in_english_with_its_plural() {
        assertThat(translations.getTranslation("roster.planner.replanned", Translations.ENGLISH, 1, 1))
                .isEqualTo("1 seat had to change; 1 changed in all.");
        assertThat(translations.getTranslation("roster.planner.replanned", Translations.ENGLISH, 2, 3))
                .isEqualTo("2 seats had to change; 3 changed in all.");
        assertThat(translations.getTranslation("roster.planner.replanned", Translations.ENGLISH, 0, 1200))
                .isEqualTo("No seat had to change; 1,200 changed in all.");
    }

    @Test
    void the_count_of_changed_seats_is_said_in_chinese() {
        assertThat(translations.getTranslation("roster.planner.replanned", Translations.CHINESE, 2, 3))
                .isEqualTo("2 个岗位必须调整；共调整了 3 个。");
    }

    @Test
    void a_re_solve_that_changed_nothing_says_so_in_plain_words() {
        assertThat(translations.getTranslation("roster.planner.replanned.none", Translations.ENGLISH))
                .isEqualTo("No seat changed.");
        assertThat(translations.getTranslation("roster.planner.replanned.none", Translations.CHINESE))
                .isEqualTo("没有岗位变动。");
    }

    @Test
    void the_status_after_a_re_solve_says_how_it_ended_and_what_it_changed_as_two_sentences() {
        assertThat(translations.getTranslation("roster.planner.progress.done-replanned", Translations.CHINESE,
                "排班完成；结果已存为草稿", "没有岗位变动。")).isEqualTo("排班完成；结果已存为草稿。没有岗位变动。");
        assertThat(translations.getTranslation("roster.planner.progress.done-replanned", Translations.ENGLISH,
                "Solved; saved as the draft", "No seat changed.")).isEqualTo("Solved; saved as the draft. No seat changed.");
    }
}
