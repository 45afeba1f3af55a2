package org.shouwang.api;

import org.shouwang.base.DemoMode;
import org.shouwang.exchange.DemoDataLoadedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.regex.Pattern;

/**
 * For the durability benchmark ({@code BENCHMARKS.md}, "Durability"): a read-and-write API token for the
 * first demo community, made together with the demo data, whose SHA-256 the benchmark gives in
 * {@code SHOUWANG_DEMO_API_TOKEN_SHA256} when it starts the app on a fresh data folder.
 * <p>
 * Why this way: the benchmark is a client of the app (it starts the jar and speaks HTTP), and a fresh
 * database has no token until a secretary makes one on the Accounts page. Only the hash travels, so the
 * app's environment holds no credential; the secret never leaves the benchmark, as a token made on the
 * page never leaves its system. It is honoured only when the demo data is created, which happens only on
 * an empty database and only by an explicit opt-in that real data never sees (a demo database's logins
 * have a published password anyway), so a real deployment cannot be given a token this way: there the
 * setting is ignored with a warning. (The other way, a small bootstrap making the token through the
 * service, would need a second Spring start on the same database and the benchmark to know the app's code.)
 */
@Component
class DemoApiToken {

    /** The token's name on the Accounts page. */
    static final String NAME = "durability benchmark";

    private static final Pattern SHA_256 = Pattern.compile("[0-9a-f]{64}");
    private static final Logger log = LoggerFactory.getLogger(DemoApiToken.class);

    private final ApiTokenService tokens;
    private final DemoMode demoMode;
    private final String tokenHash;

    DemoApiToken(ApiTokenService tokens, DemoMode demoMode,
                 @Value("${shouwang.demo-data.api-token-sha256:}") String tokenHash) {
        this.tokens = tokens;
        this.demoMode = demoMode;
        this.tokenHash = tokenHash == null ? "" : tokenHash.strip();
    }

    /** Runs as the system, as the demo data's import does. */
    @EventListener
    public void demoDataLoaded(DemoDataLoadedEvent event) {
        if (tokenHash.isEmpty() || !demoMode.enabled() || event.communities().isEmpty()) {
            return;
        }
        if (!SHA_256.matcher(tokenHash).matches()) {
            log.warn("SHOUWANG_DEMO_API_TOKEN_SHA256 ignored: it is not a SHA-256 in lower-case hex");
            return;
        }
        long communityId = event.communities().get(0).communityId();
        ApiTokenRow token = tokens.provision(communityId, NAME, ApiScope.READ_WRITE, tokenHash);
        log.warn("Demo data: API token {} ({}, read and write) made for community {} from its given hash",
                token.id(), NAME, communityId);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void ready() {
        if (!tokenHash.isEmpty() && !demoMode.enabled()) {
            log.warn("SHOUWANG_DEMO_API_TOKEN_SHA256 ignored: it makes a token only together with the demo data");
        }
    }
}
