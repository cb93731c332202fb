package kyodo.directory.volunteers;

import jakarta.inject.Singleton;
import kyodo.core.DomainEventListener;
import kyodo.directory.internal.DirectoryTexts;
import kyodo.events.CourseCompleted;

/**
 * A completed course (協働塾 etc.) makes the participant a まちづくりサポーター (a withdrawn completion
 * takes it back: {@link SupporterWithdrawnListener}). Delivered after the
 * events module's commit; a repeated delivery of the same completion changes nothing.
 */
@Singleton
public class SupporterListener implements DomainEventListener<CourseCompleted> {

    private final Supporters supporters;
    private final DirectoryTexts texts;

    SupporterListener(Supporters supporters, DirectoryTexts texts) {
        this.supporters = supporters;
        this.texts = texts;
    }

    @Override
    public String id() {
        return "directory.supporterFromCourse";
    }

    @Override
    public Class<CourseCompleted> eventType() {
        return CourseCompleted.class;
    }

    @Override
    public void on(CourseCompleted event) {
        supporters.markFromCourse(event.eventId(), event.accountId(), event.completedOn(),
                texts.ja("dir.supporter.source.course", event.eventTitle()));
    }
}
