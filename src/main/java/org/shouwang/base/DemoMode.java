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

    @Autowired
    public DemoMode(@Value("${shouwang.demo-data:false}") boolean enabled, Environment environment) {
        this(enabled, environment.acceptsProfiles(Profiles.of("dev")));
    }

    public DemoMode(boolean enabled, boolean development) {
        this.enabled = enabled;
        this.development = development;
    }

    /** Demo data is created on an empty database. */
    public boolean enabled() {
        return enabled;
    }

    /** Demo data outside development: its logins must change the published password, pages warn. */
    public boolean outsideDevelopment() {
        return enabled && !development;
    }
}
