package org.shouwang;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.notification.Notification;

import java.util.List;

/** What the mocked UI shows the user, for UI test assertions. */
public final class Shown {

    private Shown() {
    }

    /** The texts of the notifications open now. */
    public static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(Shown::text).toList();
    }

    private static String text(Notification notification) {
        return notification.getElement().getProperty("text", "");
    }
}
