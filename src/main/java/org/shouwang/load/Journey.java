package org.shouwang.load;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;

/**
 * One volunteer at shift change, as their phone's browser does it: opens My duties, is sent to sign in,
 * signs in, lands on My duties; then (optionally) subscribes to the calendar and has a calendar app fetch
 * the feed, and (with "remember me") comes back later with the cookie alone. The first step that fails
 * ends the journey and is counted as that step's error.
 */
public final class Journey {

    /** A volunteer's login. */
    public record Login(String username, String password) {
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern CALENDAR = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics");
    private static final String SESSION_COOKIE = "JSESSIONID";

    private final Browser browser;
    private final Browser calendarApp;
    private final Login login;
    private final LoadOptions options;
    private final Map<Step, StepStats> stats;
    private VaadinUi myUi;
    private JsonNode myDuties;
    private List<String> myTexts = List.of();
    private boolean passwordAsked;
    private String calendarToken;
    private String feed;
    private final CountDownLatch backTogether;
    private boolean arrived;

    /**
     * @param browser     the volunteer's phone
     * @param calendarApp their calendar app (no cookies of the browser's)
     */
    public Journey(Browser browser, Browser calendarApp, Login login, LoadOptions options, Map<Step, StepStats> stats) {
        this(browser, calendarApp, login, options, stats, null);
    }

    /**
     * @param backTogether with {@code --back-together}: counted down by each journey when its first part is over
     *                     (done or failed); the journeys that went through then come back remembered together
     */
    public Journey(Browser browser, Browser calendarApp, Login login, LoadOptions options, Map<Step, StepStats> stats,
                   CountDownLatch backTogether) {
        this.browser = browser;
        this.calendarApp = calendarApp;
        this.login = login;
        this.options = options;
        this.stats = stats;
        this.backTogether = backTogether;
    }

    /** Runs the journey; true when every step succeeded. */
    public boolean run() {
        long start = System.nanoTime();
        try {
            step(Step.SIGN_IN, this::signIn);
            step(Step.MY_DUTIES, this::openMyDuties);
            if (passwordAsked) {
                step(Step.PASSWORD_CHANGE, this::changePassword);
            }
            if (options.calendar()) {
                step(Step.CALENDAR_LINK, this::subscribe);
                step(Step.ICS, this::fetchFeed);
            }
            if (options.rememberMe() && backTogether == null) {
                step(Step.REMEMBERED, this::comeBackRemembered);
            }
            stats.get(Step.JOURNEY).done(millisSince(start));
            if (backTogether != null) {
                arrive();
                step(Step.BACK_TOGETHER, this::comeBackRemembered);
            }
            return true;
        } catch (StepFailed failed) {
            return false;
        } finally {
            if (backTogether != null && !arrived) {
                backTogether.countDown();
            }
        }
    }

    /** Waits until every journey's first part is over: then all phones come back at the same moment. */
    private void arrive() {
        arrived = true;
        backTogether.countDown();
        try {
            backTogether.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailed();
        }
    }

    /** The texts My duties showed, last time it opened. */
    public List<String> myDutiesTexts() {
        return myTexts;
    }

    /** The calendar feed fetched, if it was. */
    public Optional<String> feed() {
        return Optional.ofNullable(feed);
    }

    private void signIn() throws IOException, InterruptedException {
        Browser.Response page = browser.open("my");
        if (page.status() != 200 || !page.uri().getPath().endsWith("/login")) {
            throw new VaadinUi.ProtocolException("expected the sign-in page, got HTTP " + page.status());
        }
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new VaadinUi.ProtocolException("the sign-in page carries no CSRF token");
        }
        VaadinUi ui = VaadinUi.init(browser, "login", "");
        ui.navigate("login", "");
        // The form's post leaves the page: the browser tells the server, which closes the UI.
        ui.unload();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("_csrf", csrf.group(1));
        form.put("username", login.username());
        form.put("password", login.password());
        if (options.rememberMe()) {
            form.put("remember-me", "on");
        }
        Browser.Response signedIn = browser.postForm("login", form);
        String location = signedIn.location().orElse("");
        if (signedIn.status() != 302 || location.contains("login")) {
            throw new VaadinUi.ProtocolException("sign-in refused (HTTP " + signedIn.status() + " to " + location + ")");
        }
    }

    /**
     * Where the sign-in sends the browser: My duties, or for a one-time password the password page first
     * (the password change is then a step of its own, which ends on My duties).
     */
    private void openMyDuties() throws IOException, InterruptedException {
        openMy("continue");
        passwordAsked = VaadinUi.nodeWithId(myDuties, "password-forced").isPresent();
        if (!passwordAsked) {
            requireMyDuties();
        }
    }

    private void openMy(String query) throws IOException, InterruptedException {
        Browser.Response page = browser.open(query.isEmpty() ? "my" : "my?" + query);
        if (page.status() != 200 || page.uri().getPath().endsWith("/login")) {
            throw new VaadinUi.ProtocolException("My duties: not signed in (HTTP " + page.status() + ")");
        }
        myUi = VaadinUi.init(browser, "my", query);
        myDuties = myUi.navigate("my", query);
        myTexts = VaadinUi.texts(myDuties);
    }

    private void changePassword() throws IOException, InterruptedException {
        String chosen = options.newPassword().orElseThrow(() -> new VaadinUi.ProtocolException(
                "the app asks for a new password: run with --new-password"));
        myUi.setValue(node(myDuties, "password-current"), login.password());
        myUi.setValue(node(myDuties, "password-new"), chosen);
        myUi.setValue(node(myDuties, "password-repeat"), chosen);
        JsonNode saved = myUi.click(node(myDuties, "password-save"));
        // The save goes on to the start page, My duties, in the same answer.
        myDuties = saved;
        myTexts = VaadinUi.texts(saved);
        requireMyDuties();
    }

    private void requireMyDuties() throws VaadinUi.ProtocolException {
        if (myTexts.stream().noneMatch(text -> text.startsWith("你好") || text.startsWith("Hello"))) {
            throw new VaadinUi.ProtocolException("My duties without its greeting: "
                    + VaadinUi.abbreviate(String.join(" | ", myTexts)));
        }
    }

    private void subscribe() throws IOException, InterruptedException {
        JsonNode answer = myUi.click(node(myDuties, "duty-calendar-issue"));
        Matcher link = CALENDAR.matcher(answer.toString());
        if (!link.find()) {
            throw new VaadinUi.ProtocolException("no calendar link shown");
        }
        calendarToken = link.group(1);
    }

    private void fetchFeed() throws IOException, InterruptedException {
        Browser.Response ics = calendarApp.get("calendar/" + calendarToken + ".ics");
        if (ics.status() != 200 || !ics.body().startsWith("BEGIN:VCALENDAR")) {
            throw new VaadinUi.ProtocolException("the .ics feed answered HTTP " + ics.status());
        }
        feed = ics.body();
    }

    /** The phone later: the session is gone, the remember-me cookie signs in. */
    private void comeBackRemembered() throws IOException, InterruptedException {
        if (browser.cookie("remember-me").isEmpty()) {
            throw new VaadinUi.ProtocolException("no remember-me cookie was set");
        }
        browser.dropCookie(SESSION_COOKIE);
        openMy("");
        requireMyDuties();
    }

    private static int node(JsonNode answer, String id) throws VaadinUi.ProtocolException {
        OptionalInt node = VaadinUi.nodeWithId(answer, id);
        if (node.isEmpty()) {
            throw new VaadinUi.ProtocolException("no element #" + id + " on the page");
        }
        return node.getAsInt();
    }

    private interface Action {
        void run() throws IOException, InterruptedException;
    }

    private void step(Step step, Action action) {
        long start = System.nanoTime();
        try {
            action.run();
            stats.get(step).done(millisSince(start));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stats.get(step).failed("interrupted");
            throw new StepFailed();
        } catch (IOException | RuntimeException failure) {
            stats.get(step).failed(kind(failure));
            throw new StepFailed();
        }
    }

    /** An error's kind for the report: its type and message, with the numbers that differ per user masked. */
    static String kind(Exception failure) {
        if (failure instanceof HttpTimeoutException) {
            return "timeout";
        }
        String message = failure instanceof VaadinUi.ProtocolException ? failure.getMessage()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        return VaadinUi.abbreviate(String.valueOf(message).replaceAll("\\d{4,}", "#"));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A step failed and was counted; the journey ends. */
    private static final class StepFailed extends RuntimeException {
        StepFailed() {
            super(null, null, false, false);
        }
    }
}
