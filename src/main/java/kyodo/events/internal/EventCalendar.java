package kyodo.events.internal;

import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.text.ICalWriter;
import biweekly.property.Status;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.CityClock;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

/** Events as iCalendar (RFC 5545, written by biweekly): one VEVENT per session, times in UTC. */
@Singleton
public class EventCalendar {

    private final EventService events;
    private final KyodoSettings settings;
    private final MailTexts texts;
    private final CityClock clock;

    EventCalendar(EventService events, KyodoSettings settings, MailTexts texts, CityClock clock) {
        this.events = events;
        this.settings = settings;
        this.texts = texts;
        this.clock = clock;
    }

    /** One event, every session. */
    @Transactional
    public String event(long eventId) {
        return write(List.of(events.details(eventId, false)));
    }

    /** The public feed: events of the last 30 days and all upcoming ones. */
    @Transactional
    public String feed() {
        return write(events.visibleSince(clock.today().minusDays(30)));
    }

    private String write(List<EventDetails> list) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//kyodo//events//JA");
        calendar.addExperimentalProperty("X-WR-CALNAME", texts.text("evt.ics.calendarName", settings.getCityName()));
        Date stamp = Date.from(clock.instant());
        String host = settings.getBaseUrl().replaceFirst("^https?://", "").replaceAll("[/:].*$", "");
        for (EventDetails d : list) {
            Event e = d.event();
            for (EventSession s : d.sessions()) {
                VEvent event = new VEvent();
                event.setUid("event-" + e.id() + "-session-" + s.id() + "@" + host);
                event.setDateTimeStamp(stamp);
                event.setDateStart(instant(s.start()));
                event.setDateEnd(instant(s.end()));
                event.setSummary(summary(e, s, d.sessions().size()));
                if (e.inPerson()) {
                    event.setLocation(e.venueName() + (e.venueAddress() == null ? "" : " " + e.venueAddress()));
                }
                if (e.description() != null) {
                    event.setDescription(e.description());
                }
                event.setUrl(texts.link("/events/" + e.id()));
                event.setStatus("CANCELLED".equals(e.status()) ? Status.cancelled()
                        : "POSTPONED".equals(e.status()) ? Status.tentative() : Status.confirmed());
                calendar.addEvent(event);
            }
        }
        StringWriter out = new StringWriter();
        try (ICalWriter writer = new ICalWriter(out, ICalVersion.V2_0)) {
            // RFC 5545 wants lines of at most 75 octets; the writer folds by characters, and a Japanese character
            // is 3 octets in UTF-8: 24 characters (plus the continuation's space) stay within 75 octets.
            writer.getVObjectWriter().getFoldedLineWriter().setLineLength(24);
            writer.write(calendar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private String summary(Event e, EventSession s, int sessions) {
        String title = sessions > 1 ? texts.text("evt.ics.session", e.title(), s.seq()) : e.title();
        return switch (e.status()) {
            case "CANCELLED" -> texts.text("evt.ics.cancelled", title);
            case "POSTPONED" -> texts.text("evt.ics.postponed", title);
            default -> title;
        };
    }

    private Date instant(LocalDateTime cityTime) {
        return Date.from(cityTime.atZone(clock.zone()).toInstant());
    }
}
