package org.shouwang.base;

/** A save refused because another record of the community already has the code. */
public class CodeTakenException extends RuntimeException {

    private final String code;

    public CodeTakenException(String code) {
        super("The code '" + code + "' is already taken in this community");
        this.code = code;
    }

    public String code() {
        return code;
    }
}
