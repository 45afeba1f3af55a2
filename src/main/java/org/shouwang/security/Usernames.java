package org.shouwang.security;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One spelling per username, so that "138 0013 8000", "138-0013-8000" and "13800138000" are the same
 * volunteer, and "Admin" is "admin".
 */
final class Usernames {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]*");

    private Usernames() {
    }

    /** Looks like a phone number: digits, perhaps with a leading + and spaces or dashes. */
    static boolean isPhone(String text) {
        return text != null && PHONE.matcher(text.strip()).matches();
    }

    static String normalize(String username) {
        if (username == null) {
            return "";
        }
        String trimmed = username.strip();
        if (PHONE.matcher(trimmed).matches()) {
            return trimmed.replace(" ", "").replace("-", "");
        }
        return trimmed.toLowerCase(Locale.ROOT);
    }
}
