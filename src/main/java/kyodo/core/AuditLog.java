package kyodo.core;

/**
 * The audit trail. Every module writes who did what here: role changes, failed logins,
 * each view or export of someone else's personal data.
 *
 * <p>One naming scheme: an action is a message key of the module that acts,
 * {@code <prefix>audit.<whatHappened>} ({@code sub.audit.windowAdded}, {@code evt.audit.attendanceRecorded}),
 * and a target type is {@code <prefix>audit.target.<thing>} ({@code sub.audit.target.application}); the
 * audit page shows both in the reader's language. Views and exports of personal data use core's
 * {@link #PERSONAL_DATA_VIEWED} and {@link #PERSONAL_DATA_EXPORTED} in every module.
 */
public interface AuditLog {

    String PERSONAL_DATA_VIEWED = "core.audit.personalDataViewed";
    String PERSONAL_DATA_EXPORTED = "core.audit.personalDataExported";

    /**
     * Records an action. {@code actorId} may be null for anonymous actions (a failed login);
     * the caller's network address is taken from the current request when there is one.
     */
    void record(Long actorId, String action, String targetType, String targetId, String detail);
}
