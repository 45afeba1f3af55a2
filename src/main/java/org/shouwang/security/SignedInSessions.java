package org.shouwang.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open sessions of each account on this server, so that "sign out everywhere", a password reset or
 * change and a stolen remember-me cookie end them at once, not at their idle timeout: forgetting the
 * remembered devices alone would leave a thief's open session working. The servlet container reports
 * each session's signed-in user as Spring Security stores it ({@code SPRING_SECURITY_CONTEXT}).
 * <p>
 * Sessions on another server of a several-server set-up are not known here; they end at their idle
 * timeout ({@code SHOUWANG_SESSION_TIMEOUT}), and their remembered devices are forgotten in the database
 * at once all the same.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionAttributeListener {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);
    private static final String CONTEXT = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

    private final Map<String, Set<HttpSession>> byUsername = new ConcurrentHashMap<>();

    @Override
    public void attributeAdded(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            username(event.getValue()).ifPresent(username -> add(username, event.getSession()));
        }
    }

    @Override
    public void attributeReplaced(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            username(event.getValue()).ifPresent(old -> remove(old, event.getSession()));
            username(event.getSession().getAttribute(CONTEXT)).ifPresent(username -> add(username, event.getSession()));
        }
    }

    @Override
    public void attributeRemoved(HttpSessionBindingEvent event) {
        if (CONTEXT.equals(event.getName())) {
            username(event.getValue()).ifPresent(username -> remove(username, event.getSession()));
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byUsername.values().forEach(sessions -> sessions.remove(event.getSession()));
    }

    /** How many sessions of the account are open on this server. */
    int count(String username) {
        return byUsername.getOrDefault(username, Set.of()).size();
    }

    /**
     * Ends the account's open sessions on this server, except the one of the request being served (its
     * user signs out on their own, or keeps working after changing their password).
     */
    void endOthers(String username) {
        Set<HttpSession> sessions = byUsername.getOrDefault(username, Set.of());
        String current = currentSessionId();
        int ended = 0;
        for (HttpSession session : Set.copyOf(sessions)) {
            if (session.getId().equals(current)) {
                continue;
            }
            sessions.remove(session);
            try {
                session.invalidate();
                ended++;
            } catch (IllegalStateException alreadyEnded) {
                // Ended meanwhile by its own sign-out or timeout.
            }
        }
        if (ended > 0) {
            log.info("{} open sessions of {} ended", ended, username);
        }
    }

    private void add(String username, HttpSession session) {
        byUsername.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    }

    private void remove(String username, HttpSession session) {
        byUsername.computeIfPresent(username, (u, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    private static Optional<String> username(Object context) {
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().getPrincipal() instanceof SignedInUser user
                ? Optional.of(user.username()) : Optional.empty();
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
