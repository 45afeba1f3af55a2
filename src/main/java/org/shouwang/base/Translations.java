package org.shouwang.base;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The app's translations. Each feature owns its bundle ({@code i18n/<feature>_zh_CN.properties} and
 * {@code i18n/<feature>_en.properties}), so features never edit one shared file; this provider merges
 * them. Chinese is the default; a key missing in English falls back to Chinese, and a key missing
 * everywhere shows as {@code !key!} so it is noticed, never as an empty label.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    private final Map<String, Properties> byLanguage = new HashMap<>();

    public Translations() {
        load("zh_CN");
        load("en");
    }

    private void load(String suffix) {
        Properties merged = new Properties();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_" + suffix + ".properties");
            for (Resource resource : resources) {
                try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    Properties bundle = new Properties();
                    bundle.load(reader);
                    for (String key : bundle.stringPropertyNames()) {
                        if (merged.containsKey(key)) {
                            log.warn("Translation key {} is defined twice ({})", key, resource.getFilename());
                        }
                        merged.setProperty(key, bundle.getProperty(key));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read translations", e);
        }
        byLanguage.put(suffix, merged);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = lookup(key, locale);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
    }

    /** True when the key exists in the given language itself (no fallback): used by the bundle tests. */
    public boolean has(String key, Locale locale) {
        return byLanguage.get(suffix(locale)).containsKey(key);
    }

    /** All keys of one language, for the test that keeps both bundles complete. */
    public java.util.Set<String> keys(Locale locale) {
        return byLanguage.get(suffix(locale)).stringPropertyNames();
    }

    private String lookup(String key, Locale locale) {
        String value = byLanguage.get(suffix(locale)).getProperty(key);
        return value != null ? value : byLanguage.get("zh_CN").getProperty(key);
    }

    private static String suffix(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? "en" : "zh_CN";
    }
}
