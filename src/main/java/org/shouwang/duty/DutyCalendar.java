package org.shouwang.duty;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.shouwang.base.Translations;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes duties as an iCalendar feed: one event per duty. The app keeps local times of the community's
 * zone (the clock's); the feed gives them in UTC, so a phone set to another zone (a volunteer back
 * from travel, a relative abroad) shows the right hour instead of reading floating times as its own.
 */
@Component
class DutyCalendar {

    static final String PRODUCT = "-//Shouwang//Duty roster//ZH";

    private final Translations translations;

    private final Clock clock;

    DutyCalendar(Translations translations, Clock clock) {
        this.translations = translations;
        this.clock = clock;
    }

    /** The feed of the duties; {@code stamp} is the moment the feed is made (each event's DTSTAMP). */
    String write(List<Duty> duties, Instant stamp, Locale locale) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
        for (Duty duty : duties) {
            VEvent event = new VEvent(utc(duty.startsAt()), utc(duty.endsAt()),
                    text(locale, "duty.ics.summary", duty.compound(), duty.post()));
            event.add(new Uid("duty-" + duty.assignmentId() + "@shouwang"));
            // The stamp of the feed, not of this call: a feed made twice from the same data reads the same.
            event.replace(new DtStamp(stamp));
            event.add(new Location(duty.compound() + " " + duty.post()));
            event.add(new Description(describe(duty, locale)));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter().output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private Instant utc(LocalDateTime local) {
        return local.atZone(clock.getZone()).toInstant();
    }

    private String describe(Duty duty, Locale locale) {
        List<String> lines = new ArrayList<>();
        if (duty.lead() != null) {
            lines.add(duty.iLead() ? text(locale, "duty.ics.youLead")
                    : text(locale, "duty.ics.lead", duty.lead(), duty.leadPhone() == null ? "" : duty.leadPhone()));
        }
        if (!duty.teammates().isEmpty()) {
            String separator = text(locale, "editing.list-separator");
            lines.add(text(locale, "duty.ics.team", String.join(separator, duty.teammates())));
        }
        return String.join("\n", lines);
    }

    private String text(Locale locale, String key, Object... params) {
        return translations.getTranslation(key, locale, params);
    }
}
