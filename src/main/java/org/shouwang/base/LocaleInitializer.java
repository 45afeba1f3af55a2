package org.shouwang.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Chinese is the default language whatever the browser says; the language switch stores the user's
 * choice in the session, and every new UI of the session takes it. Vaadin's own messages (a lost
 * connection, an expired session, an internal error) are given in that language too.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    /** The session attribute that holds the language the user chose. */
    public static final String CHOSEN = "shouwang.locale";

    private final Translations translations;

    public LocaleInitializer(Translations translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        // Vaadin asks with the session's language, which each UI sets below (the browser's before that).
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addUIInitListener(uiEvent -> {
            UI ui = uiEvent.getUI();
            Object chosen = ui.getSession().getAttribute(CHOSEN);
            Locale locale = chosen instanceof Locale l ? l : Translations.CHINESE;
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
            ui.getReconnectDialogConfiguration().setDialogText(text("app.connection.reconnecting", locale));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(text("app.connection.lost", locale));
        });
    }

    /** Vaadin's messages for an expired session, an internal error and disabled cookies, in that language. */
    public SystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(text("app.system.session-expired", locale));
        messages.setSessionExpiredMessage(text("app.system.continue", locale));
        messages.setInternalErrorCaption(text("app.system.internal-error", locale));
        messages.setInternalErrorMessage(text("app.system.internal-error.message", locale));
        messages.setCookiesDisabledCaption(text("app.system.cookies-disabled", locale));
        messages.setCookiesDisabledMessage(text("app.system.cookies-disabled.message", locale));
        return messages;
    }

    private String text(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }
}
