package org.shouwang.intake;

import java.util.List;

/**
 * A file that is refused as a whole (not a spreadsheet, password-protected, too large, unknown headers),
 * with the translation key of the reason and its arguments.
 */
public class SheetRefusedException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public SheetRefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public SheetRefusedException(String key, Throwable cause) {
        super(key, cause);
        this.key = key;
        this.args = List.of();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
