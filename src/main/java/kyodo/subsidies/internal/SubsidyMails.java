package kyodo.subsidies.internal;

import jakarta.inject.Singleton;
import kyodo.core.AccountsApi;
import kyodo.core.JapaneseDates;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;
import kyodo.core.Role;

import java.util.List;

/**
 * The module's e-mails, in Japanese (the residents' language) from the {@code sub.mail.*} keys:
 * each names the program as it is called and links absolutely to the page to act on, under the
 * center's signature. Call inside the transaction of the change: they are sent after it commits.
 */
@Singleton
class SubsidyMails {

    private final MailTexts texts;
    private final Notifier notifier;
    private final AccountsApi accounts;

    SubsidyMails(MailTexts texts, Notifier notifier, AccountsApi accounts) {
        this.texts = texts;
        this.notifier = notifier;
        this.accounts = accounts;
    }

    // ---- to the staff ----------------------------------------------------------------------

    void submitted(Program program, long applicationId, String title) {
        toStaff(texts.text("sub.mail.submitted.subject", title),
                texts.text("sub.mail.submitted.body", program.name(), title, staffLink(applicationId)));
    }

    void withdrawn(Program program, Application a, String reason, long released) {
        String body = texts.text("sub.mail.withdrawn.body", program.name(), a.title(), reason)
                + (released > 0 ? "\n" + texts.text("sub.mail.withdrawn.released", yen(released)) : "")
                + "\n" + staffLink(a.id());
        toStaff(texts.text("sub.mail.withdrawn.subject", a.title()), body);
    }

    void reported(Program program, Application a) {
        toStaff(texts.text("sub.mail.reported.subject", a.title()),
                texts.text("sub.mail.reported.body", program.name(), a.title(), staffLink(a.id())));
    }

    // ---- to the applicant ------------------------------------------------------------------

    void returned(Program program, Application a, String message) {
        toApplicant(a, texts.text("sub.mail.returned.subject", a.title()),
                texts.text("sub.mail.returned.body", program.name(), a.title(), message,
                        texts.link("/subsidies/applications/" + a.id() + "/edit")));
    }

    void adopted(Program program, Application a) {
        toApplicant(a, texts.text("sub.mail.adopted.subject", a.title()),
                texts.text("sub.mail.adopted.body", program.name(), a.title(), yen(a.awardedAmount()),
                        texts.link("/subsidies/applications/" + a.id() + "/notice")));
    }

    void notAdopted(Program program, Application a) {
        toApplicant(a, texts.text("sub.mail.notAdopted.subject", a.title()),
                texts.text("sub.mail.notAdopted.body", program.name(), a.title(),
                        a.decisionReason() == null ? "" : a.decisionReason(),
                        texts.link("/subsidies/applications/" + a.id())));
    }

    void confirmed(Program program, Application a, long amount, long refund) {
        String body = texts.text("sub.mail.confirmed.body", program.name(), a.title(), yen(amount))
                + (refund > 0 ? "\n" + texts.text("sub.mail.confirmed.refund", yen(refund)) : "")
                + "\n" + texts.link("/subsidies/applications/" + a.id());
        toApplicant(a, texts.text("sub.mail.confirmed.subject", a.title()), body);
    }

    void reportDue(Program program, Application a) {
        toApplicant(a, texts.text("sub.mail.reportDue.subject", a.title()),
                texts.text("sub.mail.reportDue.body", program.name(), a.title(),
                        JapaneseDates.western(a.reportDue(program.reportDueDays())),
                        texts.link("/subsidies/applications/" + a.id() + "/report")));
    }

    private String staffLink(long applicationId) {
        return texts.link("/admin/subsidies/applications/" + applicationId);
    }

    private void toStaff(String subject, String body) {
        String signed = texts.signed(body);
        List<AccountMail> mails = accounts.withRole(Role.STAFF).stream()
                .map(staff -> new AccountMail(staff.id(), subject, signed)).toList();
        if (!mails.isEmpty()) {
            notifier.sendToAccounts(mails);
        }
    }

    private void toApplicant(Application a, String subject, String body) {
        notifier.sendToAccount(a.applicantId(), subject, texts.signed(body));
    }

    /** 150,000 (the texts write 円 after it). */
    private static String yen(Long amount) {
        return String.format("%,d", amount == null ? 0 : amount);
    }
}
