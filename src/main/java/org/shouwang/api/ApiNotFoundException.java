package org.shouwang.api;

/**
 * What the address names does not exist for this caller: an unknown seat or volunteer, or a community
 * other than the token's (answered alike, so a token does not tell which other communities exist).
 */
class ApiNotFoundException extends RuntimeException {

    ApiNotFoundException(String what) {
        super(what);
    }
}
