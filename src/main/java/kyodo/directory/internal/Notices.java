package kyodo.directory.internal;

import java.util.Set;

/** The confirmation shown after a redirect ({@code ?done=saved}), as a message key; unknown values show nothing. */
public final class Notices {

    private static final Set<String> KNOWN = Set.of("registered", "saved", "approved", "memberAdded", "memberRemoved",
            "handedOver", "rejected", "closed", "proposed", "accepted", "declined", "completed", "corrected", "reopened", "cancelled",
            "deleted", "sent", "imported", "answered", "reminded", "opened", "supporter");

    private Notices() {
    }

    public static String key(String done) {
        return done != null && KNOWN.contains(done) ? "dir.notice." + done : null;
    }
}
