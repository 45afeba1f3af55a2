package org.shouwang.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.shouwang.security.AccountService;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a one-time password may open nothing but the password page until they have
 * chosen their own. Asks the database once per session and account, then remembers the answer.
 */
@Component
public class PasswordChangeGuard implements VaadinServiceInitListener {

    /** Session attribute: the account whose password was found to be its own (no change needed). */
    private static final String CHECKED = "shouwang.passwordChecked";

    private final transient AccountService accountService;

    public PasswordChangeGuard(AccountService accountService) {
        this.accountService = accountService;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class) {
            return;
        }
        String account = accountKey();
        if (account == null) {
            return;
        }
        VaadinSession session = VaadinSession.getCurrent();
        if (account.equals(session.getAttribute(CHECKED))) {
            return;
        }
        if (accountService.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(CHECKED, account);
        }
    }

    /** Called once the password is the user's own: the session stops asking. */
    void passwordChanged() {
        String account = accountKey();
        if (account != null) {
            VaadinSession.getCurrent().setAttribute(CHECKED, account);
        }
    }

    private static String accountKey() {
        var request = VaadinService.getCurrentRequest();
        return request == null || request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }
}
