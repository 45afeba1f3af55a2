package org.shouwang.duty;

import org.shouwang.base.CurrentUser;
import org.shouwang.base.Roles;
import org.shouwang.base.Secrets;
import org.shouwang.base.Translations;
import org.shouwang.volunteer.CalendarLinks;
import org.shouwang.volunteer.Volunteer;
import org.shouwang.volunteer.VolunteerRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A volunteer's calendar subscription: a secret token in the URL of an iCalendar feed of their
 * published duties. The token is shown once; only its hash is stored. A new token replaces the old
 * one; the volunteer or their secretary can revoke it, after which the URL answers "not found".
 */
@Service
@Transactional
public class CalendarService implements CalendarLinks {

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
    /** 32 random bytes, base64url without padding. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** How far back the feed reaches, so a calendar keeps the recent past. */
    private static final int PAST_DAYS = 30;

    private final DutySubscriberRepository subscribers;
    private final VolunteerRepository volunteers;
    private final SignedInVolunteer signedIn;
    private final DutyReader reader;
    private final DutyCalendar calendar;
    private final CurrentUser currentUser;
    private final Clock clock;

    public CalendarService(DutySubscriberRepository subscribers, VolunteerRepository volunteers,
                           SignedInVolunteer signedIn, DutyReader reader,
                           DutyCalendar calendar, CurrentUser currentUser, Clock clock) {
        this.subscribers = subscribers;
        this.volunteers = volunteers;
        this.signedIn = signedIn;
        this.reader = reader;
        this.calendar = calendar;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The path of the feed for a token, relative to the app's root (e.g. {@code calendar/abc.ics}): the
     * events are written in the language the link was made in ({@code ?lang=en} for English).
     */
    public static String feedPath(String token, Locale locale) {
        return "calendar/" + token + ".ics" + (isEnglish(locale) ? "?lang=en" : "");
    }

    /** The language a feed's link asks for: English for {@code en}, Chinese for anything else. */
    public static Locale feedLanguage(String lang) {
        return "en".equals(lang) ? Translations.ENGLISH : Translations.CHINESE;
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * Issues a new calendar token for the signed-in volunteer, replacing any earlier one (whose URL stops
     * working). The token is returned this once and cannot be read back later.
     */
    public String issueMyToken() {
        String token = Secrets.random();
        Volunteer me = me();
        subscribers.forVolunteer(me).issueCalendar(hash(token), LocalDateTime.now(clock));
        log.info("Calendar token issued for volunteer {}", me.getId());
        return token;
    }

    /** True when the signed-in volunteer has a working calendar subscription. */
    @Transactional(readOnly = true)
    public boolean hasMyCalendar() {
        return subscribers.findByVolunteerId(me().getId()).filter(DutySubscriber::hasCalendar).isPresent();
    }

    /** Revokes the signed-in volunteer's calendar subscription. */
    public void revokeMine() {
        revokeFor(me());
    }

    /** Revokes a volunteer's calendar subscription: for their secretary (e.g. a lost phone). */
    public void revoke(long volunteerId) {
        Volunteer volunteer = volunteers.findById(volunteerId)
                .orElseThrow(() -> new AccessDeniedException("No volunteer " + volunteerId));
        currentUser.requireCommunity(volunteer.getCommunity().getId(), Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        revokeFor(volunteer);
    }

    /** True when the volunteer has a working calendar subscription: for their secretary. */
    @Transactional(readOnly = true)
    public boolean hasCalendar(long volunteerId) {
        Volunteer volunteer = volunteers.findById(volunteerId)
                .orElseThrow(() -> new AccessDeniedException("No volunteer " + volunteerId));
        currentUser.requireCommunity(volunteer.getCommunity().getId(), Roles.SECRETARY, Roles.DISTRICT_ADMIN);
        return subscribers.findByVolunteerId(volunteerId).filter(DutySubscriber::hasCalendar).isPresent();
    }

    /**
     * The iCalendar feed of the token's volunteer: their published duties from the last
     * {@value #PAST_DAYS} days on. Empty for a malformed, unknown or revoked token, with no hint which.
     * The token is the only credential here: the feed is read by calendar apps that cannot sign in.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token, Locale locale) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return subscribers.findByCalendarTokenHash(hash(token)).map(subscriber -> {
            LocalDateTime now = LocalDateTime.now(clock);
            return calendar.write(reader.duties(subscriber.getVolunteer().getId(), now.minusDays(PAST_DAYS)),
                    clock.instant(), locale);
        });
    }

    private void revokeFor(Volunteer volunteer) {
        subscribers.findByVolunteerId(volunteer.getId()).ifPresent(s -> s.revokeCalendar(LocalDateTime.now(clock)));
        log.info("Calendar token revoked for volunteer {}", volunteer.getId());
    }

    private Volunteer me() {
        return signedIn.get();
    }

    static String hash(String token) {
        return Secrets.hash(token);
    }
}
