package kyodo.plan.internal;

import jakarta.inject.Singleton;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;

import java.util.ArrayList;
import java.util.List;

/** The plan module's mails: reminders to departments that have not reported, and results sent back. */
@Singleton
class PlanMails {

    private final Notifier notifier;
    private final MailTexts texts;

    PlanMails(Notifier notifier, MailTexts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    /** To each member of a department: the items still to report in the round, and the due date. */
    void remind(List<Long> members, Plan plan, Round round, Department department, List<Item> open) {
        StringBuilder items = new StringBuilder();
        open.forEach(i -> items.append("\u30FB").append(i.number()).append(' ').append(i.name()).append('\n'));
        String subject = texts.text("pln.mail.reminder.subject", plan.name(), Integer.toString(round.fiscalYear()));
        String body = texts.signed(texts.text("pln.mail.reminder.body", department.name(), plan.name(),
                Integer.toString(round.fiscalYear()), kyodo.core.JapaneseDates.wareki(round.dueOn()), items.toString(),
                texts.link("/plan/department")));
        List<AccountMail> mails = new ArrayList<>();
        members.forEach(m -> mails.add(new AccountMail(m, subject, body)));
        notifier.sendToAccounts(mails);
    }

    /** To each member of the item's department: plan staff's comment and the link to the draft. */
    void sentBack(List<Long> members, Plan plan, Item item, int fiscalYear, String comment) {
        String subject = texts.text("pln.mail.returned.subject", item.number(), item.name());
        String body = texts.signed(texts.text("pln.mail.returned.body", plan.name(), Integer.toString(fiscalYear),
                item.number(), item.name(), comment,
                texts.link("/plan/department/items/" + item.id() + "/" + fiscalYear)));
        List<AccountMail> mails = new ArrayList<>();
        members.forEach(m -> mails.add(new AccountMail(m, subject, body)));
        notifier.sendToAccounts(mails);
    }
}
