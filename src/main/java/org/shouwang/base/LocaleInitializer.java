package org.shouwang.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Chinese is the default language whatever the browser says; the language switch stores the user's
 * choice in the session, and every new UI of the session takes it.
 */
@Component
public class LocaleInitializer implements VaadinServiceInitListener {

    /** The session attribute that holds the language the user chose. */
    public static final String CHOSEN = "shouwang.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> {
            Object chosen = uiEvent.getUI().getSession().getAttribute(CHOSEN);
            uiEvent.getUI().setLocale(chosen instanceof java.util.Locale locale ? locale : Translations.CHINESE);
        });
    }
}
