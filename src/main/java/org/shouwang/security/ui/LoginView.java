package org.shouwang.security.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.shouwang.base.DemoMode;
import org.shouwang.base.ui.DemoBanner;
import org.shouwang.base.ui.LanguageSwitch;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.security.HashedRememberMeServices;
import org.shouwang.security.LoginBlockedException;
import org.shouwang.security.LoginCsrfToken;
import org.springframework.security.web.WebAttributes;

/**
 * The sign-in page. The form posts to Spring Security ({@code /login}); a failure comes back as
 * {@code ?error}, with one message for a wrong username and a wrong password alike; a form posted after
 * its session ended (without a valid CSRF token) comes back as {@code ?expired}. "Remember me on this
 * device" posts {@code remember-me} with the form ({@link HashedRememberMeServices}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, TranslatedTitle {

    /**
     * Moves the form's extra fields into the form itself, above the submit button: the login form web
     * component posts the fields it finds there (named, in the {@code custom-form-area} slot) along with
     * username, password and CSRF token. Vaadin's {@code LoginOverlay} moves them the same way; the
     * {@code LoginForm} of Vaadin 24 has no Java API for them yet. Also names the password field's eye
     * button for screen readers in the page's language ({@code $0}), which {@code LoginI18n} does not cover.
     */
    private static final String PLACE_CUSTOM_FIELDS = """
            const form = this;
            const place = () => {
              const wrapper = form.$ && form.$.vaadinLoginFormWrapper;
              if (!wrapper) {
                requestAnimationFrame(place);
                return;
              }
              const submit = wrapper.querySelector(':scope > [slot=submit]');
              form.querySelectorAll(':scope > [slot=custom-form-area]').forEach(field => wrapper.insertBefore(field, submit));
              // The eye button of the password field, named for screen readers in the page's language.
              const password = form.querySelector('vaadin-password-field');
              if (password) {
                password.i18n = {...password.i18n, reveal: $0};
              }
            };
            place();""";

    private final LoginForm form = new LoginForm();

    public LoginView(DemoMode demoMode, HashedRememberMeServices rememberMe) {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(getTranslation("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(createI18n(getTranslation("security.login.error.message")));
        form.getElement().appendChild(createRememberMe(rememberMe.rememberedDays()).getElement());
        form.getElement().executeJs(PLACE_CUSTOM_FIELDS, getTranslation("security.password.reveal"));
        LanguageSwitch language = new LanguageSwitch();
        // In the corner, as in the top bar of the signed-in pages, not in the middle with the form.
        language.getStyle().set("position", "absolute").set("top", "var(--lumo-space-m)")
                .set("right", "var(--lumo-space-m)");
        add(language, title);
        DemoBanner.when(demoMode).ifPresent(this::add);
        add(form);
    }

    /** Unticked unless the user ticks it: a shared or borrowed phone must not stay signed in. */
    private Checkbox createRememberMe(long days) {
        Checkbox remember = new Checkbox(getTranslation("security.login.remember"));
        remember.setId("remember-me");
        remember.setHelperText(getTranslation("security.login.remember.help", days));
        remember.getElement().setAttribute("name", HashedRememberMeServices.PARAMETER);
        remember.getElement().setAttribute("slot", "custom-form-area");
        return remember;
    }

    private LoginI18n createI18n(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("security.login.title"));
        texts.setUsername(getTranslation("security.login.username"));
        texts.setPassword(getTranslation("security.login.password"));
        texts.setSubmit(getTranslation("security.login.submit"));
        texts.setForgotPassword(getTranslation("security.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("security.login.error.title"));
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("security.login.username.required"));
        error.setPassword(getTranslation("security.login.password.required"));
        i18n.setAdditionalInformation(getTranslation("security.login.hint"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            form.setI18n(createI18n(errorMessage()));
            form.setError(true);
        } else if (parameters.containsKey(LoginCsrfToken.EXPIRED)) {
            form.setI18n(createI18n(getTranslation("security.login.error.expired")));
            form.setError(true);
        }
    }

    /** Spring keeps the last sign-in failure in the session; a block says how long to wait. */
    private String errorMessage() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof LoginBlockedException blocked) {
            return blockedMessage(blocked);
        }
        return getTranslation("security.login.error.message");
    }

    /** The wait rounded up: in seconds under a minute, else in minutes. */
    private String blockedMessage(LoginBlockedException blocked) {
        long millis = blocked.retryAfter().toMillis();
        long seconds = Math.max(1, (millis + 999) / 1000);
        if (seconds < 60) {
            return getTranslation("security.login.error.blocked-seconds", seconds);
        }
        return getTranslation("security.login.error.blocked", (seconds + 59) / 60);
    }

    @Override
    public String titleKey() {
        return "security.login.title";
    }
}
