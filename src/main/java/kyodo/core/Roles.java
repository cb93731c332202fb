package kyodo.core;

/** Role names as constants, for {@code @Secured} annotations. */
public final class Roles {
    public static final String CITIZEN = "CITIZEN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String REVIEWER = "REVIEWER";
    public static final String STAFF = "STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
