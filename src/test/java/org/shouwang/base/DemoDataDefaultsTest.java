package org.shouwang.base;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySourcesPropertyResolver;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data (logins with a published password) is for development only unless someone asks for it:
 * the settings as shipped, resolved without any environment variable.
 */
class DemoDataDefaultsTest {

    @Test
    void the_production_jar_creates_no_demo_data_unless_asked() throws IOException {
        assertThat(demoData(Map.of(), "classpath:application.properties")).isFalse();
        assertThat(demoData(Map.of("SHOUWANG_DEMO_DATA", "true"), "classpath:application.properties")).isTrue();
    }

    @Test
    void development_creates_demo_data_unless_switched_off() throws IOException {
        assertThat(demoData(Map.of(), "classpath:application-dev.properties", "classpath:application.properties"))
                .isTrue();
        assertThat(demoData(Map.of("SHOUWANG_DEMO_DATA", "false"), "classpath:application-dev.properties",
                "classpath:application.properties")).isFalse();
    }

    /** Resolves the setting from these files, the first winning, with these environment variables. */
    private static boolean demoData(Map<String, Object> environment, String... files) throws IOException {
        MutablePropertySources sources = new MutablePropertySources();
        sources.addLast(new org.springframework.core.env.MapPropertySource("environment", environment));
        for (String file : files) {
            sources.addLast(new ResourcePropertySource(file));
        }
        return Boolean.parseBoolean(new PropertySourcesPropertyResolver(sources).getProperty("shouwang.demo-data"));
    }
}
