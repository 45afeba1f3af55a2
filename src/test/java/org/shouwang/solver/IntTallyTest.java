package org.shouwang.solver;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IntTallyTest {

    @Test
    void sums_stay_with_their_keys_when_the_tally_grows_either_way() {
        IntTally tally = new IntTally();
        tally.add(18300, 240);
        tally.add(18260, 60);
        tally.add(18400, 30);
        assertThat(tally.add(18300, 120)).isEqualTo(360);
        assertThat(tally.get(18260)).isEqualTo(60);
        assertThat(tally.get(18400)).isEqualTo(30);
        assertThat(tally.get(18301)).isZero();
        assertThat(tally.get(5)).isZero();
        assertThat(tally.firstKey()).isLessThanOrEqualTo(18260);
        assertThat(tally.endKey()).isGreaterThan(18400);
    }

    @Test
    void taking_away_what_was_added_leaves_zero() {
        IntTally tally = new IntTally();
        tally.add(7, 4);
        assertThat(tally.add(7, -4)).isZero();
        assertThat(tally.get(7)).isZero();
    }
}
