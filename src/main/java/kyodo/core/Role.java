package kyodo.core;

/**
 * Platform-wide roles. Everyone who signs up is a citizen; the others are granted by an
 * administrator. Group representatives are per group and live in the directory module.
 */
public enum Role {
    CITIZEN, COORDINATOR, REVIEWER, STAFF, ADMIN;

    /** Message key of the role's Japanese / English label. */
    public String labelKey() {
        return "core.role." + name().toLowerCase();
    }
}
