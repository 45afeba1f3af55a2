package org.shouwang.base;

/**
 * The roles of Shouwang, as used in {@code @RolesAllowed} on views and in service checks.
 * Plain strings here so that every feature can name them without depending on the security package.
 */
public final class Roles {

    /** Creates communities and their secretaries; sees every community. */
    public static final String DISTRICT_ADMIN = "DISTRICT_ADMIN";
    /** Plans and publishes the roster of one community. */
    public static final String SECRETARY = "SECRETARY";
    /** A committee member: sees the community's roster, edits only the compounds they own. */
    public static final String COMMITTEE = "COMMITTEE";
    /** Sees their own duties and their teammates' names, reports leave. */
    public static final String VOLUNTEER = "VOLUNTEER";

    private Roles() {
    }
}
