package kyodo.voices.letters;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kyodo.core.FormText;

/** What a citizen sends, what staff record from a town meeting or a letter on paper, and the staff's steps. */
public final class LetterForms {

    private LetterForms() {
    }

    public static final int MAX_BODY = 4000;

    /** An opinion to the city: to whom, the subject, the text, whether a reply is wanted, and how to reach the sender. */
    @Introspected
    @Serdeable
    public record LetterForm(
            @NotBlank(message = "{voi.error.letter.addressedTo}") @Pattern(regexp = "MAYOR|CITY", message = "{voi.error.letter.addressedTo}")
            @Nullable String addressedTo,
            @NotBlank(message = "{voi.error.letter.topic}") @Nullable String topic,
            @NotBlank @Size(max = 200) @Nullable String letterTitle,
            @NotBlank(message = "{voi.error.letter.empty}") @Size(max = MAX_BODY) @Nullable String letterBody,
            @Nullable String replyWanted,
            @Size(max = 100) @Nullable String senderName,
            @Email @Size(max = 254) @Nullable String senderEmail,
            @Pattern(regexp = "[0-9+()\\- ]{6,20}", message = "{voi.error.phone}") @Nullable String senderPhone,
            @Size(max = 300) @Nullable String senderAddress,
            @Nullable String publishConsent) {

        public LetterForm {
            addressedTo = FormText.clean(addressedTo);
            topic = FormText.clean(topic);
            letterTitle = FormText.clean(letterTitle);
            letterBody = letterBody == null ? null : FormText.clean(letterBody.replace("\r\n", "\n"));
            replyWanted = FormText.clean(replyWanted);
            senderName = FormText.clean(senderName);
            senderEmail = FormText.ascii(senderEmail);
            senderPhone = FormText.ascii(senderPhone);
            senderAddress = FormText.clean(senderAddress);
            publishConsent = FormText.clean(publishConsent);
        }

        public boolean wantsReply() {
            return replyWanted != null;
        }

        public boolean consents() {
            return publishConsent != null;
        }
    }

    /**
     * Staff record an opinion raised at まちかど市長室 (a registered event) or sent on paper: the day it was
     * received, the meeting, and the letter's own fields (checked as {@link LetterForm}).
     */
    @Introspected
    @Serdeable
    public record RecordForm(
            @NotBlank(message = "{voi.error.letter.channel}") @Pattern(regexp = "TOWN_MEETING|PAPER", message = "{voi.error.letter.channel}")
            @Nullable String channel,
            @Nullable String eventId,
            @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{core.error.date}") @Nullable String receivedOn,
            @Nullable String addressedTo, @Nullable String topic, @Nullable String letterTitle, @Nullable String letterBody,
            @Nullable String replyWanted, @Nullable String senderName, @Nullable String senderEmail,
            @Nullable String senderPhone, @Nullable String senderAddress, @Nullable String publishConsent) {

        public RecordForm {
            channel = FormText.clean(channel);
            eventId = FormText.ascii(eventId);
            receivedOn = FormText.ascii(receivedOn);
        }

        public LetterForm letter() {
            return new LetterForm(addressedTo, topic, letterTitle, letterBody, replyWanted, senderName, senderEmail,
                    senderPhone, senderAddress, publishConsent);
        }
    }

    @Introspected
    @Serdeable
    public record RouteForm(
            @NotBlank(message = "{voi.error.chooseDepartment}") @Pattern(regexp = "\\d{1,18}", message = "{voi.error.chooseDepartment}")
            @Nullable String departmentId) {
        public RouteForm {
            departmentId = FormText.ascii(departmentId);
        }
    }

    @Introspected
    @Serdeable
    public record ReplyForm(@NotBlank @Size(max = MAX_BODY) @Nullable String reply) {
        public ReplyForm {
            reply = reply == null ? null : FormText.clean(reply.replace("\r\n", "\n"));
        }
    }

    @Introspected
    @Serdeable
    public record ReturnForm(@NotBlank @Size(max = 1000) @Nullable String returnNote) {
        public ReturnForm {
            returnNote = FormText.clean(returnNote);
        }
    }

    /** What is published: a title and a summary without personal details, and the reply as published. */
    @Introspected
    @Serdeable
    public record PublishForm(
            @NotBlank @Size(max = 200) @Nullable String publicTitle,
            @NotBlank @Size(max = MAX_BODY) @Nullable String publicSummary,
            @NotBlank @Size(max = MAX_BODY) @Nullable String publicReply) {
        public PublishForm {
            publicTitle = FormText.clean(publicTitle);
            publicSummary = publicSummary == null ? null : FormText.clean(publicSummary.replace("\r\n", "\n"));
            publicReply = publicReply == null ? null : FormText.clean(publicReply.replace("\r\n", "\n"));
        }
    }

    @Introspected
    @Serdeable
    public record MeetingForm(
            @NotBlank(message = "{voi.error.letter.chooseEvent}") @Pattern(regexp = "\\d{1,18}", message = "{voi.error.letter.chooseEvent}")
            @Nullable String eventId) {
        public MeetingForm {
            eventId = FormText.ascii(eventId);
        }
    }
}
