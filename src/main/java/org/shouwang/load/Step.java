package org.shouwang.load;

/** The steps of a volunteer's journey, in order, as the report names them. */
public enum Step {
    /** The sign-in page (bootstrap, init, navigation, leaving it) and the form posted with the CSRF token. */
    SIGN_IN("sign-in"),
    /** The page the sign-in leads to: bootstrap of /my, init, and the navigation that builds My duties. */
    MY_DUTIES("my duties"),
    /** Only where the app asks for it (a one-time password): the three fields and the save. */
    PASSWORD_CHANGE("password change"),
    /** "Subscribe" on My duties: the secret calendar link is made and shown. */
    CALENDAR_LINK("calendar link"),
    /** The .ics feed, fetched as a calendar app does (no cookies). */
    ICS("ics"),
    /** With --remember-me: the session dropped, My duties opened again with the remember-me cookie only. */
    REMEMBERED("my duties, remembered"),
    /**
     * With --back-together: once every journey is through, all volunteers open My duties again at the same
     * moment with the remember-me cookie only, as phones do at shift change. Timed from that moment.
     */
    BACK_TOGETHER("all back at once, remembered"),
    /** The whole journey, from its start to its last step. */
    JOURNEY("whole journey");

    private final String label;

    Step(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
