package org.shouwang.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.shouwang.base.CurrentUser;

/** The common shape of the error pages: a title, a sentence, and a link to the user's home. */
abstract class ErrorPage extends VerticalLayout {

    ErrorPage(CurrentUser currentUser, String key) {
        addClassName("sw-error-page");
        H2 title = new H2(getTranslation(key + ".title"));
        title.setId("error-title");
        Paragraph text = new Paragraph(getTranslation(key + ".text"));
        // Someone signed out goes to the sign-in page; everyone else to their own start page.
        String home = currentUser.role().map(Home::pathFor).orElse("login");
        Anchor link = new Anchor("./" + home, getTranslation("security.error.home"));
        link.setId("error-home");
        add(title, text, link);
    }
}
