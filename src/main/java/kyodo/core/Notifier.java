package kyodo.core;

/**
 * Sends e-mail through the outbox. Call it inside the transaction that makes the change:
 * the message is stored with the change and sent after commit, or not at all on rollback.
 */
public interface Notifier {

    void send(String recipient, String subject, String body);

    /** Sends to an account's address; does nothing for an unknown or disabled account. */
    void sendToAccount(long accountId, String subject, String body);
}
