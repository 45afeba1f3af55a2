package org.shouwang.api;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.PlainText;
import org.shouwang.base.Roles;
import org.shouwang.base.Secrets;
import org.shouwang.community.CommunityRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The HTTP API's tokens: the secretary (or a district admin) of a community makes and revokes them, and
 * every API request presents one. A token is shown once, when it is made; only its hash is stored.
 */
@Service
@Transactional
public class ApiTokenService {

    /** Longest name of a token (the column's size). */
    public static final int NAME_LENGTH = 60;
    /**
     * Tokens a community may have at once: enough for every system of a district, few enough for the
     * accounts page to list them all. Revoked tokens do not count.
     */
    public static final int MAX_ACTIVE = 20;
    /** A prefix that says what the string is (and lets secret scanners spot a leaked one). */
    static final String PREFIX = "swk_";
    /** The prefix and 32 random bytes in base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile(PREFIX + "[A-Za-z0-9_-]{43}");
    /**
     * "Last used" is written at most this often per token: otherwise every API read would be a database
     * write too, and a busy client would contend on its token's row.
     */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    private static final String[] MANAGERS = {Roles.SECRETARY, Roles.DISTRICT_ADMIN};

    private final ApiTokenRepository tokens;
    private final CommunityRepository communities;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ApiTokenService(ApiTokenRepository tokens, CommunityRepository communities, CurrentUser currentUser,
                           Clock clock) {
        this.tokens = tokens;
        this.communities = communities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A new token and its secret, which is returned this once and cannot be read back. */
    public record Issued(ApiTokenRow token, String secret) {
    }

    /**
     * Makes a token for the community.
     *
     * @throws IllegalArgumentException with a translation key ({@code api.error.*}) for a blank, too long or
     *                                  taken name, or when the community has {@value #MAX_ACTIVE} tokens already
     */
    public Issued create(long communityId, String name, ApiScope scope) {
        String secret = PREFIX + Secrets.random();
        return new Issued(store(communityId, name, scope, hash(secret)), secret);
    }

    /**
     * Stores a token whose secret only its maker knows, by the secret's hash: the demo data's token for the
     * durability benchmark ({@link DemoApiToken}). Same checks as {@link #create}.
     */
    ApiTokenRow provision(long communityId, String name, ApiScope scope, String tokenHash) {
        return store(communityId, name, scope, tokenHash);
    }

    private ApiTokenRow store(long communityId, String name, ApiScope scope, String tokenHash) {
        currentUser.requireCommunity(communityId, MANAGERS);
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("api.error.name-blank");
        }
        if (trimmed.length() > NAME_LENGTH || !PlainText.Check.isPlain(trimmed)) {
            throw new IllegalArgumentException("api.error.name-invalid");
        }
        List<ApiToken> active = tokens.findActiveOf(communityId);
        if (active.stream().anyMatch(t -> t.getName().equalsIgnoreCase(trimmed))) {
            throw new IllegalArgumentException("api.error.name-taken");
        }
        if (active.size() >= MAX_ACTIVE) {
            throw new IllegalArgumentException("api.error.too-many");
        }
        ApiToken token = tokens.save(new ApiToken(communities.getReferenceById(communityId), trimmed,
                scope, tokenHash, username(), LocalDateTime.now(clock)));
        log.info("API token {} ({}, {}) made for community {} by {}", token.getId(), trimmed, scope, communityId,
                username());
        return token.toRow();
    }

    /** The community's tokens that work, the newest first. */
    @Transactional(readOnly = true)
    public List<ApiTokenRow> tokens(long communityId) {
        currentUser.requireCommunity(communityId, MANAGERS);
        return tokens.findActiveOf(communityId).stream().map(ApiToken::toRow).toList();
    }

    /** Revokes a token: from now on it signs nothing in. Revoking it again changes nothing. */
    public void revoke(long tokenId) {
        ApiToken token = tokens.findById(tokenId).orElseThrow(() -> new AccessDeniedException("No API token " + tokenId));
        currentUser.requireCommunity(token.getCommunity().getId(), MANAGERS);
        if (!token.isRevoked()) {
            token.revoke(username(), LocalDateTime.now(clock));
            log.info("API token {} of community {} revoked by {}", tokenId, token.getCommunity().getId(), username());
        }
    }

    /**
     * Who presents this secret: the caller of an API request. Empty for a malformed, unknown or revoked
     * secret, with no hint which. No access check: the secret is the credential.
     */
    public Optional<ApiCaller> authenticate(String secret) {
        if (secret == null || !TOKEN.matcher(secret).matches()) {
            return Optional.empty();
        }
        return tokens.findActive(hash(secret)).map(token -> {
            LocalDateTime now = LocalDateTime.now(clock);
            if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                // A bulk update, not the entity's: concurrent requests of one client must not fail on the
                // token's version, and whichever writes last is as right as the other.
                tokens.markUsed(token.getId(), now, now.minus(LAST_USED_RESOLUTION));
            }
            return new ApiCaller(token.getId(), token.getName(), token.getCommunity().getId(), token.getScope());
        });
    }

    /** Only this is stored of a token: see {@link Secrets#hash} for why SHA-256 suffices. */
    static String hash(String secret) {
        return Secrets.hash(secret);
    }

    private static String username() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "?" : authentication.getName();
    }
}
