package kyodo.core;

/**
 * The audit trail. Every module writes who did what here: role changes, failed logins,
 * each view or export of someone else's personal data.
 */
public interface AuditLog {

    /**
     * Records an action. {@code actorId} may be null for anonymous actions (a failed login);
     * the caller's network address is taken from the current request when there is one.
     */
    void record(Long actorId, String action, String targetType, String targetId, String detail);
}
