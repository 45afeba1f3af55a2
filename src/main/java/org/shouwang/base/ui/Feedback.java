package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.base.CodeTakenException;
import org.shouwang.base.StillReferencedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tells the user how a save or delete went, in their language. Services refuse with exceptions that
 * say what is wrong; this turns the expected ones into sentences (translation keys {@code editing.*}).
 */
public final class Feedback {

    /** A refusal's message that is a translation key: {@code feature.error.what-is-wrong}. */
    private static final Pattern KEY = Pattern.compile("[a-z]+\\.error\\.[a-z-]+");

    private Feedback() {
    }

    public static void success(String text) {
        Notification notification = Notification.show(text, 2500, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /**
     * The sentence for an expected refusal, or rethrows what is not one (a bug must not look like a
     * message). Cross-field problems arrive as an {@link IllegalArgumentException} whose message is a
     * translation key.
     */
    public static String explain(Component in, RuntimeException e) {
        return explanation(in, e).orElseThrow(() -> e);
    }

    /** The sentence for an expected refusal, or empty for anything else (which the caller reports as it sees fit). */
    public static Optional<String> explanation(Component in, RuntimeException e) {
        if (e instanceof ObjectOptimisticLockingFailureException) {
            return Optional.of(in.getTranslation("editing.conflict"));
        }
        if (e instanceof StillReferencedException refused) {
            String separator = in.getTranslation("editing.list-separator");
            String usages = refused.usages().stream().map(u -> in.getTranslation(u.key(), u.count()))
                    .collect(Collectors.joining(separator));
            return Optional.of(in.getTranslation("editing.still-used", refused.label(), usages));
        }
        if (e instanceof CodeTakenException taken) {
            return Optional.of(in.getTranslation("editing.code-taken", taken.code()));
        }
        if (e instanceof AccessDeniedException) {
            return Optional.of(in.getTranslation("editing.denied"));
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null
                && KEY.matcher(e.getMessage()).matches()) {
            return Optional.of(in.getTranslation(e.getMessage()));
        }
        return Optional.empty();
    }

    /** Shows {@link #explain} as an error notification. */
    public static void refused(Component in, RuntimeException e) {
        error(explain(in, e));
    }
}
