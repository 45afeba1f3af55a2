package org.shouwang.api;

/** The addresses of the HTTP API. */
public final class ApiPaths {

    /** Everything of the API lies below this. */
    public static final String ROOT = "/api/v1";
    /** One community: the token's. */
    static final String COMMUNITY = ROOT + "/communities/{communityId}";
    /** The OpenAPI description and its page. */
    public static final String DOCS = "/api/docs";

    private ApiPaths() {
    }
}
