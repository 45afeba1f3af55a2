package org.shouwang.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import elemental.json.Json;
import elemental.json.JsonObject;
import jakarta.annotation.security.PermitAll;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.ui.Feedback;
import org.shouwang.base.ui.MainLayout;
import org.shouwang.base.ui.TranslatedTitle;
import org.shouwang.security.AccountException;
import org.shouwang.security.AccountService;
import org.shouwang.security.HashedRememberMeServices;
import org.shouwang.security.PasswordPolicy;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every signed-in user changes their own password here; someone who signed in with a one-time
 * password is sent here before anything else ({@link PasswordChangeGuard}).
 */
@Route(value = "password", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements TranslatedTitle {

    private final transient AccountService accountService;
    private final transient PasswordChangeGuard guard;
    private final transient CurrentUser currentUser;
    private final transient HashedRememberMeServices rememberMe;
    private final PasswordField current = new PasswordField();
    private final PasswordField chosen = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    public ChangePasswordView(AccountService accountService, PasswordChangeGuard guard, CurrentUser currentUser,
                              HashedRememberMeServices rememberMe) {
        this.accountService = accountService;
        this.rememberMe = rememberMe;
        this.currentUser = currentUser;
        this.guard = guard;
        setMaxWidth("28em");
        add(new H2(getTranslation("security.password.title")));
        if (accountService.mustChangePassword()) {
            Paragraph forced = new Paragraph(getTranslation("security.password.forced"));
            forced.setId("password-forced");
            add(forced);
        }
        current.setId("password-current");
        current.setLabel(getTranslation("security.password.current"));
        chosen.setId("password-new");
        chosen.setLabel(getTranslation("security.password.new"));
        chosen.setHelperText(getTranslation("security.password.rules", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
        repeated.setId("password-repeat");
        repeated.setLabel(getTranslation("security.password.repeat"));
        for (PasswordField field : new PasswordField[] {current, chosen, repeated}) {
            field.setWidthFull();
            field.setRequired(true);
            // Vaadin names the eye button "Show password" whatever the page's language.
            JsonObject i18n = Json.createObject();
            i18n.put("reveal", getTranslation("security.password.reveal"));
            field.getElement().setPropertyJson("i18n", i18n);
        }
        Button save = new Button(getTranslation("security.password.save"), click -> save());
        save.setId("password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        add(current, chosen, repeated, save);
    }

    private void save() {
        current.setInvalid(false);
        chosen.setInvalid(false);
        repeated.setInvalid(false);
        if (!chosen.getValue().equals(repeated.getValue())) {
            repeated.setErrorMessage(getTranslation("security.password.mismatch"));
            repeated.setInvalid(true);
            return;
        }
        try {
            accountService.changeOwnPassword(current.getValue(), chosen.getValue());
        } catch (AccountException problem) {
            PasswordField field = "security.password.current-wrong".equals(problem.messageKey()) ? current : chosen;
            field.setErrorMessage(getTranslation(problem.messageKey(), PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_BYTES));
            field.setInvalid(true);
            return;
        }
        guard.passwordChanged();
        rememberThisDeviceAgain();
        // At the bottom, like every other confirmation: at the top it covered a phone's menu buttons.
        Feedback.success(getTranslation("security.password.changed"));
        // On to the user's start page, where there is one (the start pages belong to other features).
        String home = currentUser.role().map(Home::pathFor).orElse("");
        if (RouteConfiguration.forApplicationScope().isPathAvailable(home)) {
            UI.getCurrent().navigate(home);
        }
    }

    /**
     * The change signed out every other device and forgot every remembered one, this one too: a phone
     * that was remembered (a volunteer who ticked "remember me" with a one-time password, say) is
     * remembered anew, with the cookie on this very answer.
     */
    private void rememberThisDeviceAgain() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        VaadinServletResponse response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            rememberMe.rememberAgain(request.getHttpServletRequest(), response.getHttpServletResponse(),
                    SecurityContextHolder.getContext().getAuthentication());
        }
    }

    @Override
    public String titleKey() {
        return "security.password.title";
    }
}
