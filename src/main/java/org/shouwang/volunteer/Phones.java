package org.shouwang.volunteer;

/** Phone numbers are personal data: lists show them masked unless the secretary asks for them. */
public final class Phones {

    private Phones() {
    }

    /** {@code 13812341234} becomes {@code 138****1234}; short numbers show no digit; {@code null} stays. */
    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String trimmed = phone.strip();
        if (trimmed.length() < 8) {
            return "****";
        }
        return trimmed.substring(0, 3) + "****" + trimmed.substring(trimmed.length() - 4);
    }
}
