package kyodo.support.internal;

import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;
import kyodo.core.Role;

import java.util.List;

/**
 * The support module's e-mails, in Japanese from the {@code sup.mail.*} keys, with absolute links and the
 * center's signature. Call inside the transaction of the change: they are sent after it commits. A mail
 * never carries a claim's health details.
 */
@Singleton
public class SupportMails {

    private final MailTexts texts;
    private final Notifier notifier;
    private final AccountsApi accounts;

    SupportMails(MailTexts texts, Notifier notifier, AccountsApi accounts) {
        this.texts = texts;
        this.notifier = notifier;
        this.accounts = accounts;
    }

    /** To the nominator: the nomination was received. */
    public void nominated(long nominatorId, String nomineeName, String fiscalYearLabel) {
        notifier.sendToAccount(nominatorId, texts.text("sup.mail.nominated.subject"),
                texts.signed(texts.text("sup.mail.nominated.body", fiscalYearLabel, nomineeName, texts.link("/support/letters/mine"))));
    }

    /** To staff: an accident was reported. */
    public void claimReported(long claimId, String place) {
        String subject = texts.text("sup.mail.claimReported.subject");
        String body = texts.signed(texts.text("sup.mail.claimReported.body", place, texts.link("/admin/support/insurance/" + claimId)));
        List<AccountMail> mails = accounts.withRole(Role.STAFF).stream().map(s -> new AccountMail(s.id(), subject, body)).toList();
        if (!mails.isEmpty()) {
            notifier.sendToAccounts(mails);
        }
    }

    /** To the reporter: the claim moved on (保険会社へ連絡, 完了). */
    public void claimMoved(long reporterId, long claimId, String statusKey) {
        notifier.sendToAccount(reporterId, texts.text("sup.mail.claimMoved.subject"),
                texts.signed(texts.text("sup.mail.claimMoved.body", texts.text(statusKey), texts.link("/support/insurance/claims/" + claimId))));
    }
}
