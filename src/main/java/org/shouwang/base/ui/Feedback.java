package org.shouwang.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.shouwang.base.CodeTakenException;
import org.shouwang.base.StillReferencedException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import java.util.stream.Collectors;

/**
 * Tells the user how a save or delete went, in their language. Services refuse with exceptions that
 * say what is wrong; this turns the expected ones into sentences (translation keys {@code editing.*}).
 */
public final class Feedback {

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
        if (e instanceof ObjectOptimisticLockingFailureException) {
            return in.getTranslation("editing.conflict");
        }
        if (e instanceof StillReferencedException refused) {
            String separator = in.getTranslation("editing.list-separator");
            String usages = refused.usages().stream().map(u -> in.getTranslation(u.key(), u.count()))
                    .collect(Collectors.joining(separator));
            return in.getTranslation("editing.still-used", refused.label(), usages);
        }
        if (e instanceof CodeTakenException taken) {
            return in.getTranslation("editing.code-taken", taken.code());
        }
        if (e instanceof AccessDeniedException) {
            return in.getTranslation("editing.denied");
        }
        if (e instanceof IllegalArgumentException && e.getMessage() != null && e.getMessage().matches("[a-z]+\\.error\\.[a-z-]+")) {
            return in.getTranslation(e.getMessage());
        }
        throw e;
    }

    /** Shows {@link #explain} as an error notification. */
    public static void refused(Component in, RuntimeException e) {
        error(explain(in, e));
    }
}
