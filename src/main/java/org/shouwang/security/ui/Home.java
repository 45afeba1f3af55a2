package org.shouwang.security.ui;

import org.shouwang.base.Roles;

/**
 * Where each role starts: the page it opens after signing in, after the forced password change, and
 * from the "home" link of the error pages. Paths, not view classes, so that this package names no
 * other feature's views.
 */
public final class Home {

    private Home() {
    }

    /** The start path (without a leading slash) of someone with this role; the overview for planners. */
    public static String pathFor(String role) {
        if (Roles.VOLUNTEER.equals(role)) {
            return "my";
        }
        if (Roles.COMMITTEE.equals(role)) {
            return "coverage";
        }
        return "";
    }
}
