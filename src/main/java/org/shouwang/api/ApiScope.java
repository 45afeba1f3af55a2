package org.shouwang.api;

/** What an API token may do: read only, or read and write (import a plan, fill or empty seats). */
public enum ApiScope {
    READ,
    READ_WRITE;

    /** Whether the token may change anything. */
    public boolean writes() {
        return this == READ_WRITE;
    }
}
