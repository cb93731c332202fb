package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.AuditLog;
import kyodo.core.Notifier;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The outbox: messages stored with the change that caused them, read by {@link MailDelivery}. */
@Singleton
public class OutboxService implements Notifier {

    public record OutboxPage(List<OutboxMessage> messages, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }
    }

    private final OutboxRepository outbox;
    private final AccountRepository accounts;
    private final CityClock clock;
    private final AuditLog audit;

    OutboxService(OutboxRepository outbox, AccountRepository accounts, CityClock clock, AuditLog audit) {
        this.outbox = outbox;
        this.accounts = accounts;
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void send(String recipient, String subject, String body) {
        LocalDateTime now = clock.now();
        outbox.save(new OutboxMessage(null, now, recipient, subject, body, OutboxMessage.PENDING, 0, now, null, null));
    }

    @Override
    @Transactional
    public void sendToAccount(long accountId, String subject, String body) {
        sendToAccounts(List.of(new AccountMail(accountId, subject, body)));
    }

    @Override
    @Transactional
    public void sendToAccounts(List<AccountMail> mails) {
        if (mails.isEmpty()) {
            return;
        }
        Map<Long, Account> recipients = accounts.findByIdIn(mails.stream().map(AccountMail::accountId).distinct().toList())
                .stream().filter(Account::enabled).collect(Collectors.toMap(Account::id, a -> a));
        LocalDateTime now = clock.now();
        outbox.saveAll(mails.stream().filter(m -> recipients.containsKey(m.accountId()))
                .map(m -> new OutboxMessage(null, now, recipients.get(m.accountId()).email(), m.subject(), m.body(),
                        OutboxMessage.PENDING, 0, now, null, null))
                .toList());
    }

    @Transactional
    public OutboxPage search(String status, String text, int page, int pageSize) {
        int safePage = Math.max(1, page);
        String s = status == null ? "" : status;
        String t = text == null ? "" : text.strip();
        return new OutboxPage(outbox.search(s, t, pageSize, (safePage - 1) * pageSize), outbox.countSearch(s, t),
                safePage, pageSize);
    }

    /**
     * A message as staff may read it: links that carry a secret (a password reset, a booklet link)
     * are shortened so that reading the outbox never hands over someone's account; the view is audited.
     */
    @Transactional
    public java.util.Optional<OutboxMessage> findForStaff(long id, long viewerId) {
        return outbox.findById(id).map(m -> {
            audit.record(viewerId, AuditLog.PERSONAL_DATA_VIEWED, "core.audit.target.outboxMessage", String.valueOf(id), null);
            return new OutboxMessage(m.id(), m.createdAt(), m.recipient(), m.subject(), maskSecrets(m.body()), m.status(),
                    m.attempts(), m.nextAttemptAt(), m.sentAt(), m.lastError());
        });
    }

    private static final java.util.regex.Pattern SECRET_IN_LINK =
            java.util.regex.Pattern.compile("(https?://\\S*?/)([A-Za-z0-9_\\-.~]{4})[A-Za-z0-9_\\-.~]{16,}");

    static String maskSecrets(String body) {
        return body == null ? null : SECRET_IN_LINK.matcher(body).replaceAll("$1$2********");
    }
}
