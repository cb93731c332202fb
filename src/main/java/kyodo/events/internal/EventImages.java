package kyodo.events.internal;

import kyodo.core.CityClock;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import kyodo.core.FieldErrors;
import kyodo.core.FileTypes;
import kyodo.core.FormInvalidException;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The optional image of an event (a flyer or a photo). PNG or JPEG, read from the content, up
 * to 2 MB, always with a text that screen readers say in its place.
 */
@Singleton
public class EventImages {

    public static final int MAX_MEGABYTES = 2;

    /** How a page shows the image: its address (new with each upload, so browsers may keep it) and its text. */
    public record Shown(String src, String alt) {
    }

    private final EventImageRepository images;
    private final EventRepository events;
    private final CityClock clock;

    EventImages(EventImageRepository images, EventRepository events, CityClock clock) {
        this.images = images;
        this.events = events;
        this.clock = clock;
    }

    /** Stores or replaces the image; throws with the reasons under eventImage / eventImageAlt. */
    @Transactional
    public void save(long eventId, String fileName, byte[] bytes, String altText) {
        // The event's row lock: the same first image sent twice at once is stored once, then replaced.
        events.findByIdForUpdate(eventId).orElseThrow(EventService::notFound);
        FieldErrors errors = new FieldErrors();
        String type = null;
        if (bytes == null || bytes.length == 0) {
            errors.add("eventImage", "evt.error.imageMissing");
        } else if (bytes.length > MAX_MEGABYTES * 1024 * 1024) {
            errors.add("eventImage", "evt.error.imageTooLarge", MAX_MEGABYTES);
        } else {
            type = FileTypes.detect(bytes).filter(t -> t.equals(FileTypes.PNG) || t.equals(FileTypes.JPEG)).orElse(null);
            if (type == null) {
                errors.add("eventImage", "evt.error.imageType");
            } else if (fileName == null || !FileTypes.extensionMatches(fileName, type)) {
                errors.add("eventImage", "evt.error.imageName");
            }
        }
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            errors.add("eventImageAlt", "evt.error.imageAlt");
        } else if (alt.length() > 200) {
            errors.add("eventImageAlt", "core.error.tooLong", 200);
        }
        if (errors.hasErrors()) {
            throw new FormInvalidException(errors);
        }
        EventImage image = new EventImage(eventId, type, bytes, alt, clock.now());
        if (images.existsById(eventId)) {
            images.update(image);
        } else {
            images.save(image);
        }
    }

    @Transactional
    public void remove(long eventId) {
        images.deleteById(eventId);
    }

    @Transactional
    public Optional<Shown> shown(long eventId) {
        return images.findShown(eventId).map(s -> new Shown(
                "/events/" + eventId + "/image?v=" + s.updatedAt().toInstant(ZoneOffset.UTC).toEpochMilli(), s.altText()));
    }

    /** The image as a visitor may get it: managers also see the images of drafts. */
    @Transactional
    public Optional<EventImage> forVisitor(long eventId, boolean manager) {
        return manager ? images.findById(eventId) : images.findPublic(eventId);
    }
}
