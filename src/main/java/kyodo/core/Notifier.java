package kyodo.core;

import java.util.List;

/**
 * Sends e-mail through the outbox. Call it inside the transaction that makes the change:
 * the message is stored with the change and sent after commit, or not at all on rollback.
 */
public interface Notifier {

    /** One e-mail to an account's address. */
    record AccountMail(long accountId, String subject, String body) {
    }

    void send(String recipient, String subject, String body);

    /** Sends to an account's address; does nothing for an unknown or disabled account. */
    void sendToAccount(long accountId, String subject, String body);

    /**
     * Sends several e-mails to accounts with one read of the addresses and one insert, for
     * changes that write to many people at once; skips unknown or disabled accounts.
     */
    void sendToAccounts(List<AccountMail> mails);
}
