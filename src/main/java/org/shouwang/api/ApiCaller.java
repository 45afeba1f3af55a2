package org.shouwang.api;

/** The system behind a valid API token: which token, for which community, allowed to do what. */
public record ApiCaller(long tokenId, String tokenName, long communityId, ApiScope scope) {
}
