package kyodo.voices.internal;

import jakarta.inject.Singleton;
import kyodo.core.JapaneseDates;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;

import java.time.LocalDate;
import java.util.List;

/**
 * The module's e-mails, in Japanese from the {@code voi.mail.*} keys, with absolute links under the center's
 * signature: receipts to citizens, the reply to an opinion, notices to the staff who have something to do.
 * Call inside the transaction of the change: they are sent after it commits.
 */
@Singleton
public class VoicesMails {

    private final MailTexts texts;
    private final Notifier notifier;

    VoicesMails(MailTexts texts, Notifier notifier) {
        this.texts = texts;
        this.notifier = notifier;
    }

    // ---- to citizens ---------------------------------------------------------------------

    public void opinionReceived(long accountId, String draftTitle, String receiptNo, String token) {
        notifier.sendToAccount(accountId, texts.text("voi.mail.opinionReceived.subject", draftTitle),
                texts.signed(texts.text("voi.mail.opinionReceived.body", draftTitle, receiptNo,
                        texts.link("/voices/comments/receipts/" + token))));
    }

    public void letterReceived(String email, String receiptNo, String title, String token) {
        notifier.send(email, texts.text("voi.mail.letterReceived.subject", receiptNo),
                texts.signed(texts.text("voi.mail.letterReceived.body", title, receiptNo,
                        texts.link("/voices/letters/receipts/" + token))));
    }

    public void reply(String email, String name, String receiptNo, String title, String reply) {
        notifier.send(email, texts.text("voi.mail.reply.subject", receiptNo),
                texts.signed(texts.text("voi.mail.reply.body", name == null ? "" : name, title, receiptNo, reply)));
    }

    public void applicationReceived(long accountId, String councilName, String receiptNo, String token) {
        notifier.sendToAccount(accountId, texts.text("voi.mail.applied.subject", councilName),
                texts.signed(texts.text("voi.mail.applied.body", councilName, receiptNo,
                        texts.link("/voices/councils/receipts/" + token))));
    }

    public void applicationResult(long accountId, String councilName, boolean appointed, LocalDate startsOn, LocalDate endsOn) {
        String key = appointed ? "voi.mail.appointed" : "voi.mail.notSelected";
        notifier.sendToAccount(accountId, texts.text(key + ".subject", councilName),
                texts.signed(texts.text(key + ".body", councilName, JapaneseDates.wareki(startsOn), JapaneseDates.wareki(endsOn))));
    }

    // ---- to staff ------------------------------------------------------------------------

    public void newLetter(List<Long> staff, String receiptNo, String title, long letterId) {
        toStaff(staff, texts.text("voi.mail.newLetter.subject", receiptNo),
                texts.text("voi.mail.newLetter.body", receiptNo, title, texts.link("/admin/voices/letters/" + letterId)));
    }

    public void letterRouted(List<Long> staff, String receiptNo, String title, long letterId, LocalDate due) {
        toStaff(staff, texts.text("voi.mail.routed.subject", receiptNo),
                texts.text("voi.mail.routed.body", receiptNo, title, JapaneseDates.wareki(due),
                        texts.link("/admin/voices/letters/" + letterId)));
    }

    public void replyToApprove(List<Long> supervisors, String receiptNo, String title, long letterId) {
        toStaff(supervisors, texts.text("voi.mail.toApprove.subject", receiptNo),
                texts.text("voi.mail.toApprove.body", receiptNo, title, texts.link("/admin/voices/letters/" + letterId)));
    }

    public void replyReturned(long drafter, String receiptNo, String title, long letterId, String note) {
        toStaff(List.of(drafter), texts.text("voi.mail.returned.subject", receiptNo),
                texts.text("voi.mail.returned.body", receiptNo, title, note, texts.link("/admin/voices/letters/" + letterId)));
    }

    private void toStaff(List<Long> staff, String subject, String body) {
        String signed = texts.signed(body);
        notifier.sendToAccounts(staff.stream().distinct().map(id -> new AccountMail(id, subject, signed)).toList());
    }
}
