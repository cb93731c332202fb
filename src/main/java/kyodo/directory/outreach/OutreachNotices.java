package kyodo.directory.outreach;

import java.util.Set;

/** The confirmations of the outreach-lecture pages after a redirect ({@code ?done=...}); unknown values show nothing. */
final class OutreachNotices {

    private static final Set<String> KNOWN = Set.of("lectureCreated", "lectureSaved", "requestSent", "withdrawn",
            "statusChanged", "noteAdded");

    private OutreachNotices() {
    }

    static String key(String done) {
        return done != null && KNOWN.contains(done) ? "dir.lec.notice." + done : "";
    }
}
