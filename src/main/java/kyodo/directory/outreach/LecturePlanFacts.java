package kyodo.directory.outreach;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.Choice;
import kyodo.core.FiscalYear;
import kyodo.core.PlanFacts;

import java.util.Collection;
import java.util.List;

/**
 * Outreach lectures (架け橋～市民活動出前講座) for the promotion plan: staff tag a lecture with the items it
 * serves; an item's page for a fiscal year shows the requests received, the lectures delivered (成立, on a
 * date in the year) and the people they reached. The texts are the plan bundle's.
 */
@Singleton
class LecturePlanFacts implements PlanFacts {

    private final LectureRepository lectures;
    private final LectureRequestRepository requests;

    LecturePlanFacts(LectureRepository lectures, LectureRequestRepository requests) {
        this.lectures = lectures;
        this.requests = requests;
    }

    @Override
    public String kind() {
        return "lecture";
    }

    @Override
    public String kindLabelKey() {
        return "pln.kind.lecture";
    }

    @Override
    @Transactional
    public List<Choice> taggable(FiscalYear year) {
        java.util.List<Choice> choices = new java.util.ArrayList<>();
        for (LectureRow l : lectures.findAll()) {
            lectures.listing(l.id()).ifPresent(listing -> choices.add(Choice.named(l.id().toString(),
                    l.title() + " (" + listing.groupName() + ")")));
        }
        java.util.Collections.reverse(choices);
        return choices;
    }

    @Override
    @Transactional
    public String name(long id) {
        return lectures.findById(id).map(LectureRow::title).orElse("");
    }

    @Override
    @Transactional
    public List<Fact> facts(Collection<Long> ids, FiscalYear year) {
        long received = 0;
        long delivered = 0;
        long people = 0;
        for (Long id : ids) {
            for (LectureRequest r : requests.ofLecture(id)) {
                if (year.contains(r.createdAt().toLocalDate())) {
                    received++;
                }
                if (r.status() == LectureRequest.Status.CONFIRMED && r.fixedDate() != null && year.contains(r.fixedDate())) {
                    delivered++;
                    people += r.participants();
                }
            }
        }
        return List.of(new Fact("pln.fact.lectureRequests", received, "pln.unit.cases"),
                new Fact("pln.fact.lecturesDelivered", delivered, "pln.unit.times"),
                new Fact("pln.fact.lectureParticipants", people, "pln.unit.people"));
    }
}
