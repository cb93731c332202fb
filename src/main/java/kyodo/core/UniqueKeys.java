package kyodo.core;

import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Tells a unique key refusing a row (the same form sent twice at once, both past the check that it
 * was new) from other database errors, so that the second submit can get the answer the check gives.
 */
public final class UniqueKeys {

    private UniqueKeys() {
    }

    public static boolean violated(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // 23000 with MySQL/MariaDB error 1062 is "Duplicate entry".
            if (t instanceof SQLIntegrityConstraintViolationException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }
}
