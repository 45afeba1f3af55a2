package org.shouwang.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import org.shouwang.base.LocaleInitializer;
import org.shouwang.base.Translations;

import java.util.Locale;

/**
 * Chinese or English, for the top bar and the login page: the choice is kept in the session (every new
 * UI of the session takes it, see {@link LocaleInitializer}) and the page reloads in that language.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setId("language-switch");
        setAriaLabel(getTranslation("app.language"));
        setItems(Translations.LOCALES);
        setItemLabelGenerator(l -> getTranslation("app.language." + l.getLanguage()));
        setValue(getLocale().getLanguage().equals("en") ? Translations.ENGLISH : Translations.CHINESE);
        // Its width is the theme's (sw-language): narrower on a phone.
        addClassName("sw-language");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN, e.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
