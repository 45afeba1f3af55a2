package org.shouwang.security.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.shouwang.base.CurrentUser;
import org.shouwang.base.ui.MainLayout;

/**
 * What a signed-in user sees on a page their role may not open (Vaadin's own page says "Could not
 * navigate to 'accounts'", in English): a sentence in their language and the way home.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotAllowedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    public NotAllowedView(CurrentUser currentUser) {
        super(currentUser, "security.error.not-allowed");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
