package kyodo.support.letters;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** The recipients as the public sees them (only those who agreed), and each year's figures. */
@Singleton
public class Recipients {

    /** A fiscal year's letters: to groups, to individuals; and the recipients who agreed to be named. */
    public record Year(LetterRound round, long groups, long individuals, List<Nomination> published) {
        public long total() {
            return groups + individuals;
        }

        public long unnamed() {
            return total() - published.size();
        }
    }

    private final LetterRoundRepository rounds;
    private final NominationRepository nominations;

    Recipients(LetterRoundRepository rounds, NominationRepository nominations) {
        this.rounds = rounds;
        this.nominations = nominations;
    }

    @Transactional
    public List<Year> years() {
        List<Year> years = new ArrayList<>();
        for (LetterRound round : rounds.findAllNewestFirst()) {
            long[] counts = counts(round.fiscalYear());
            if (counts[0] + counts[1] > 0) {
                years.add(new Year(round, counts[0], counts[1], nominations.findPublishedRecipients(round.id())));
            }
        }
        return years;
    }

    /** {groups, individuals} selected in a fiscal year. */
    @Transactional
    public long[] counts(int fiscalYear) {
        long groups = 0;
        long individuals = 0;
        for (NominationRepository.KindCount c : nominations.recipientsByKind(fiscalYear)) {
            if (Nomination.Kind.GROUP.name().equals(c.nomineeKind())) {
                groups = c.recipients();
            } else {
                individuals = c.recipients();
            }
        }
        return new long[]{groups, individuals};
    }
}
