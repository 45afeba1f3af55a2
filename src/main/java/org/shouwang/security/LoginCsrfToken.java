package org.shouwang.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * Lets the sign-in form carry Spring Security's CSRF token: Vaadin's login form posts a plain HTML
 * form to {@code /login} and adds the token it finds in the page's {@code _csrf_parameter} and
 * {@code _csrf} meta tags, which every page bootstrap gets here.
 */
@Component
public class LoginCsrfToken implements VaadinServiceInitListener {

    /** The query parameter of the sign-in page after a sign-in whose form had expired. */
    public static final String EXPIRED = "expired";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response ->
                token(response.getVaadinRequest()).ifPresent(token -> addMetaTags(response.getDocument(), token)));
    }

    private static java.util.Optional<CsrfToken> token(VaadinRequest request) {
        if (request instanceof VaadinServletRequest servletRequest
                && servletRequest.getHttpServletRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            return java.util.Optional.of(token);
        }
        return java.util.Optional.empty();
    }

    private static void addMetaTags(Document document, CsrfToken token) {
        document.head().appendElement("meta").attr("name", "_csrf_parameter").attr("content", token.getParameterName());
        document.head().appendElement("meta").attr("name", "_csrf_header").attr("content", token.getHeaderName());
        document.head().appendElement("meta").attr("name", "_csrf").attr("content", token.getToken());
    }

    /**
     * A sign-in posted without a valid token is either forged or comes from a page whose session has
     * ended meanwhile: back to the sign-in page, which says so and has a fresh token. Other requests
     * without a token are refused as Vaadin refuses them (401 for its own requests, else 403).
     */
    static final class ExpiredFormHandler implements AccessDeniedHandler {

        private final RequestUtil requestUtil;
        private final AccessDeniedHandler refuse = new AccessDeniedHandlerImpl();

        ExpiredFormHandler(RequestUtil requestUtil) {
            this.requestUtil = requestUtil;
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
                throws IOException, jakarta.servlet.ServletException {
            if (denied instanceof CsrfException && HttpMethod.POST.matches(request.getMethod())
                    && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
                response.sendRedirect(request.getContextPath() + "/login?" + EXPIRED);
            } else if (requestUtil.isFrameworkInternalRequest(request)) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                refuse.handle(request, response, denied);
            }
        }
    }
}
