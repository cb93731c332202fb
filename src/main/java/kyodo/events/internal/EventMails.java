package kyodo.events.internal;

import jakarta.inject.Singleton;
import kyodo.core.JapaneseDates;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The e-mails of the events module: texts from the bundle ({@code evt.mail.*}), sent through the outbox. */
@Singleton
class EventMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Notifier notifier;
    private final MailTexts texts;

    EventMails(Notifier notifier, MailTexts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    /** Sent with {@link #sendAll} so that a batch of registrations writes its mails at once. */
    AccountMail confirmed(long accountId, Event event, List<EventSession> sessions, int companions, String bookingNumber) {
        return mail(accountId, "evt.mail.confirmed", event,
                booking(bookingNumber) + schedule(event, sessions) + (companions > 0 ? texts.text("evt.mail.companions", companions) + "\n" : "")
                        + online(event));
    }

    AccountMail waitlisted(long accountId, Event event, List<EventSession> sessions, int position, String bookingNumber) {
        return mail(accountId, "evt.mail.waitlisted", event, booking(bookingNumber) + schedule(event, sessions), position);
    }

    void promoted(long accountId, Event event, List<EventSession> sessions, String bookingNumber) {
        send(mail(accountId, "evt.mail.promoted", event, booking(bookingNumber) + schedule(event, sessions) + online(event)));
    }

    void cancelledByPerson(long accountId, Event event) {
        send(mail(accountId, "evt.mail.cancelledByPerson", event, link(event)));
    }

    void eventCancelled(long accountId, Event event, String note) {
        send(mail(accountId, "evt.mail.eventCancelled", event, note(note) + link(event)));
    }

    void eventPostponed(long accountId, Event event, String note) {
        send(mail(accountId, "evt.mail.eventPostponed", event, note(note) + link(event)));
    }

    void eventRescheduled(long accountId, Event event, List<EventSession> sessions) {
        send(mail(accountId, "evt.mail.eventRescheduled", event, schedule(event, sessions)));
    }

    void sendAll(List<AccountMail> mails) {
        notifier.sendToAccounts(mails);
    }

    private void send(AccountMail mail) {
        notifier.sendToAccount(mail.accountId(), mail.subject(), mail.body());
    }

    /** {@code <kind>.subject} and {@code <kind>.body} take the title as {0}, the details as {1}, then {@code more}. */
    private AccountMail mail(long accountId, String kind, Event event, String details, Object... more) {
        Object[] args = new Object[2 + more.length];
        args[0] = event.title();
        args[1] = details;
        System.arraycopy(more, 0, args, 2, more.length);
        return new AccountMail(accountId, texts.text(kind + ".subject", event.title()), texts.signed(texts.text(kind + ".body", args)));
    }

    private String booking(String bookingNumber) {
        return texts.text("evt.mail.bookingNumber", bookingNumber) + "\n";
    }

    private String note(String note) {
        return note == null ? "" : note + "\n\n";
    }

    private String online(Event event) {
        return event.online() && event.onlineUrl() != null ? texts.text("evt.mail.onlineUrl", event.onlineUrl()) + "\n" : "";
    }

    private String schedule(Event event, List<EventSession> sessions) {
        String days = sessions.stream()
                .map(s -> "  " + JapaneseDates.western(s.day()) + " " + TIME.format(s.startTime()) + "～" + TIME.format(s.endTime()))
                .collect(Collectors.joining("\n"));
        String place = event.inPerson() ? texts.text("evt.mail.venue", event.venueName()
                + (event.venueAddress() == null ? "" : "（" + event.venueAddress() + "）")) + "\n" : "";
        return texts.text("evt.mail.when") + "\n" + days + "\n" + place
                + (event.online() ? texts.text("evt.mail.online") + "\n" : "") + link(event);
    }

    private String link(Event event) {
        return texts.text("evt.mail.link", texts.link("/events/" + event.id())) + "\n";
    }
}
