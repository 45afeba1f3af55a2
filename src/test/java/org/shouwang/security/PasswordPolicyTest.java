package org.shouwang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTest {

    @Test
    void a_password_shorter_than_the_minimum_is_refused() {
        String oneShort = "a".repeat(PasswordPolicy.MIN_LENGTH - 1);

        assertThat(PasswordPolicy.violation(oneShort)).contains("security.password.too-short");
        assertThat(PasswordPolicy.violation(oneShort + "b")).isEmpty();
    }

    @Test
    void length_counts_characters_so_eight_chinese_characters_are_enough() {
        assertThat(PasswordPolicy.violation("守望社区值守排班")).isEmpty();
        assertThat(PasswordPolicy.violation("守望社区值守排")).contains("security.password.too-short");
    }

    @Test
    void a_long_passphrase_is_allowed_up_to_what_bcrypt_reads() {
        assertThat(PasswordPolicy.violation("a".repeat(PasswordPolicy.MAX_BYTES))).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(PasswordPolicy.MAX_BYTES + 1))).contains("security.password.too-long");
        // 25 Chinese characters are 75 bytes in UTF-8
        assertThat(PasswordPolicy.violation("守".repeat(25))).contains("security.password.too-long");
    }

    @Test
    void spaces_alone_are_no_password() {
        assertThat(PasswordPolicy.violation(" ".repeat(12))).contains("security.password.blank");
    }

    @Test
    void check_throws_with_the_key_of_the_broken_rule() {
        assertThatThrownBy(() -> PasswordPolicy.check("short"))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("security.password.too-short"));
    }

    @Test
    void usernames_are_normalized_so_a_phone_number_matches_in_any_spelling() {
        assertThat(Usernames.normalize(" 138 0013-8000 ")).isEqualTo("13800138000");
        assertThat(Usernames.normalize("Admin")).isEqualTo("admin");
    }
}
