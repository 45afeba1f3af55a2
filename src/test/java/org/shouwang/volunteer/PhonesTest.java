package org.shouwang.volunteer;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhonesTest {

    @Test
    void a_mobile_number_keeps_its_first_three_and_last_four_digits() {
        assertThat(Phones.mask("13812341234")).isEqualTo("138****1234");
    }

    @Test
    void a_short_number_shows_no_digit() {
        assertThat(Phones.mask("110")).isEqualTo("****");
        assertThat(Phones.mask(null)).isNull();
    }
}
