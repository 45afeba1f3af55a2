package org.shouwang.base;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether the demo communities and their logins with the published password are switched on, and
 * where. Development ({@code ./mvnw spring-boot:run}, the {@code dev} profile) has them by default;
 * anywhere else they are an explicit opt-in ({@code SHOUWANG_DEMO_DATA=true}) and then treated as a
 * hazard: every demo login must change its password at the first sign-in, and every page says that
 * the data is not for real use.
 */
@Component
public class DemoMode {

    private final boolean enabled;
    private final boolean development;
    private final boolean loadTest;

    @Autowired
    public DemoMode(@Value("${shouwang.demo-data:false}") boolean enabled, Environment environment,
                    @Value("${shouwang.demo-data.load-test:false}") boolean loadTest) {
        this(enabled, environment.acceptsProfiles(Profiles.of("dev")), loadTest);
    }

    public DemoMode(boolean enabled, boolean development) {
        this(enabled, development, false);
    }

    public DemoMode(boolean enabled, boolean development, boolean loadTest) {
        this.enabled = enabled;
        this.development = development;
        this.loadTest = loadTest;
    }

    /** Demo data is created on an empty database. */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Demo data for the load benchmark ({@code SHOUWANG_DEMO_LOAD_TEST=true}, see BENCHMARKS.md): every
     * demo volunteer with a phone gets a login, and this week's roster is filled and published, so that
     * hundreds of volunteers can sign in and find their duties.
     */
    public boolean loadTest() {
        return enabled && loadTest;
    }

    /** Demo data outside development: its logins must change the published password, pages warn. */
    public boolean outsideDevelopment() {
        return enabled && !development;
    }
}
