package org.shouwang.base;

import java.util.regex.Pattern;

/**
 * What a code (of a compound, a post, a volunteer) may contain: letters, digits, {@code -} and {@code _},
 * so that it survives a file name, a URL and a spreadsheet unchanged. Annotations use {@link #PATTERN}
 * with {@link #MESSAGE}; imports check it through {@link #isCode}: one rule for both.
 */
public final class Codes {

    public static final String PATTERN = "[A-Za-z0-9_-]+";
    /** The field error, from the bundles in the user's language. */
    public static final String MESSAGE = "{validation.code}";

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private Codes() {
    }

    public static boolean isCode(String text) {
        return text != null && COMPILED.matcher(text).matches();
    }
}
