package kyodo.points.internal;

import jakarta.inject.Singleton;
import kyodo.core.JapaneseDates;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;

/**
 * The module's e-mails to a volunteer, in Japanese from the {@code pts.mail.*} keys, each linking to
 * the volunteer's points page under the center's signature: an activity turned down (with the
 * reason), an exchange or donation approved or turned down. Call inside the transaction of the
 * decision: they are sent after it commits.
 */
@Singleton
class PointsMails {

    private final MailTexts texts;
    private final Notifier notifier;

    PointsMails(MailTexts texts, Notifier notifier) {
        this.texts = texts;
        this.notifier = notifier;
    }

    void activityRejected(Activity a, String reason) {
        send(a.volunteerId(), texts.text("pts.mail.activityRejected.subject"),
                texts.text("pts.mail.activityRejected.body", JapaneseDates.western(a.activityDate()), a.description(),
                        reason, texts.link("/points")));
    }

    void exchangeApproved(ExchangeRequest r) {
        String kind = texts.text("pts.exchange.kind." + r.kind());
        send(r.volunteerId(), texts.text("pts.mail.exchangeApproved.subject", kind),
                texts.text("pts.mail.exchangeApproved.body", kind, r.points(), String.format("%,d", r.yen()),
                        texts.link("/points/exchange")));
    }

    void exchangeRejected(ExchangeRequest r, String note) {
        String kind = texts.text("pts.exchange.kind." + r.kind());
        send(r.volunteerId(), texts.text("pts.mail.exchangeRejected.subject", kind),
                texts.text("pts.mail.exchangeRejected.body", kind, r.points(), note, texts.link("/points/exchange")));
    }

    private void send(long volunteerId, String subject, String body) {
        notifier.sendToAccount(volunteerId, subject, texts.signed(body));
    }
}
