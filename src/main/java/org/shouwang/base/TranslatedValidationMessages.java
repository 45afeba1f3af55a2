package org.shouwang.base;

import jakarta.validation.MessageInterpolator;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.spi.resourceloading.ResourceBundleLocator;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Bean Validation's messages from the app's own bundles, in the user's language: a constraint names a key
 * ({@code @Pattern(regexp = Codes.PATTERN, message = "{validation.code}")}) and the bundles say what is
 * wrong in the user's terms; the standard keys ({@code jakarta.validation.constraints.Size.message}) are
 * given there too, so no raw template ("个数必须在0和100之间") or regular expression reaches a user.
 * Named in {@code META-INF/validation.xml}, so the forms' binders and the services' checks both use it.
 */
public class TranslatedValidationMessages implements MessageInterpolator {

    private static final Translations TRANSLATIONS = new Translations();

    private final MessageInterpolator delegate = new ResourceBundleMessageInterpolator(new AppBundles());

    @Override
    public String interpolate(String template, Context context) {
        return delegate.interpolate(template, context);
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        return delegate.interpolate(template, context, locale);
    }

    /** The app's merged bundles as a resource bundle, Chinese filling what English lacks. */
    static final class AppBundles implements ResourceBundleLocator {

        @Override
        public ResourceBundle getResourceBundle(Locale locale) {
            Locale language = locale != null && "en".equals(locale.getLanguage())
                    ? Translations.ENGLISH : Translations.CHINESE;
            return new ResourceBundle() {
                @Override
                protected Object handleGetObject(String key) {
                    return TRANSLATIONS.has(key, language) || TRANSLATIONS.has(key, Translations.CHINESE)
                            ? TRANSLATIONS.getTranslation(key, language) : null;
                }

                @Override
                public Enumeration<String> getKeys() {
                    return Collections.enumeration(TRANSLATIONS.keys(language));
                }
            };
        }
    }
}
