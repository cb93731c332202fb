package kyodo.directory.internal;

import jakarta.inject.Singleton;
import kyodo.core.JapaneseDates;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;
import kyodo.directory.board.BoardPost;
import kyodo.directory.groups.Group;
import kyodo.directory.outreach.LectureRequest;
import kyodo.directory.survey.Survey;
import kyodo.directory.survey.SurveyAnswers.AnswerView;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The directory's e-mails, in Japanese from the {@code dir.mail.*} texts, with absolute links and
 * the center's signature; sent through the outbox in the transaction that makes the change.
 */
@Singleton
public class DirectoryMails {

    private final MailTexts texts;
    private final Notifier notifier;
    private final KyodoSettings settings;

    DirectoryMails(MailTexts texts, Notifier notifier, KyodoSettings settings) {
        this.texts = texts;
        this.notifier = notifier;
        this.settings = settings;
    }

    // ---- groups ----

    /** To the coordinators: a group waits for their decision, on its page (where they approve or send it back). */
    public void groupRegistered(List<Long> coordinators, long groupId, String name) {
        coordinators.forEach(c -> send(c, texts.text("dir.mail.groupRegistered.subject", name),
                texts.text("dir.mail.groupRegistered.body", name, link("/groups/" + groupId))));
    }

    public void groupApproved(long representative, Group group) {
        send(representative, texts.text("dir.mail.groupApproved.subject", group.name()),
                texts.text("dir.mail.groupApproved.body", group.name(), link("/groups/" + group.id())));
    }

    public void groupRejected(long representative, Group group, String reason) {
        send(representative, texts.text("dir.mail.groupRejected.subject", group.name()),
                texts.text("dir.mail.groupRejected.body", group.name(), reason, link("/groups/" + group.id() + "/edit")));
    }

    public void handedOver(long representative, Group group) {
        send(representative, texts.text("dir.mail.handedOver.subject", group.name()),
                texts.text("dir.mail.handedOver.body", group.name(), link("/groups/" + group.id())));
    }

    // ---- board and matching ----

    public void postSubmitted(List<Long> coordinators, BoardPost post) {
        coordinators.forEach(c -> send(c, texts.text("dir.mail.postSubmitted.subject", post.title()),
                texts.text("dir.mail.postSubmitted.body", link("/board/" + post.id()))));
    }

    public void postApproved(BoardPost post) {
        send(post.accountId(), texts.text("dir.mail.postApproved.subject", post.title()),
                texts.text("dir.mail.postApproved.body", post.title(), JapaneseDates.western(post.expiresOn()),
                        link("/board/" + post.id())));
    }

    public void postRejected(BoardPost post, String reason) {
        send(post.accountId(), texts.text("dir.mail.postRejected.subject", post.title()),
                texts.text("dir.mail.postRejected.body", post.title(), reason));
    }

    public void matchProposed(long volunteerAccount, String volunteerName, BoardPost post, long matchId) {
        send(volunteerAccount, texts.text("dir.mail.matchProposed.subject", post.title()),
                texts.text("dir.mail.matchProposed.body", volunteerName, post.title(), Text.orEmpty(post.timeText()),
                        Text.orEmpty(post.place()), link("/volunteer/matches/" + matchId)));
    }

    public void matchAccepted(BoardPost post) {
        send(post.accountId(), texts.text("dir.mail.matchAccepted.subject", post.title()),
                texts.text("dir.mail.matchAccepted.body", post.title(), link("/board/" + post.id())));
    }

    public void matchCancelled(long volunteerAccount, BoardPost post, String reason) {
        send(volunteerAccount, texts.text("dir.mail.matchCancelled.subject", post.title()),
                texts.text("dir.mail.matchCancelled.body", post.title())
                        + (reason == null ? "" : texts.text("dir.mail.reason", reason)));
    }

    // ---- outreach lectures ----

    public void lectureRequested(LectureRequest r, List<Long> coordinators) {
        send(r.accountId(), texts.text("dir.mail.lectureRequested.subject", r.lectureTitle()),
                texts.text("dir.mail.lectureRequested.body", summary(r), link("/lectures/requests/" + r.id())));
        coordinators.forEach(c -> send(c, texts.text("dir.mail.lectureRequestedCoordinator.subject", r.lectureTitle()),
                texts.text("dir.mail.lectureRequestedCoordinator.body", r.lectureTitle(), r.groupName(),
                        link("/admin/lecture-requests/" + r.id()))));
    }

    public void lectureRequestWithdrawn(LectureRequest r, List<Long> coordinators) {
        send(r.accountId(), texts.text("dir.mail.lectureWithdrawn.subject", r.lectureTitle()),
                texts.text("dir.mail.lectureWithdrawn.body", summary(r)));
        coordinators.forEach(c -> send(c, texts.text("dir.mail.lectureWithdrawnCoordinator.subject", r.lectureTitle()),
                link("/admin/lecture-requests/" + r.id())));
    }

    /** The requester hears of every change of status. */
    public void lectureRequestStatus(LectureRequest r) {
        String status = texts.text(r.status().labelKey());
        String detail = texts.text("dir.mail.lectureStatus." + r.status().name(), fixed(r));
        send(r.accountId(), texts.text("dir.mail.lectureStatus.subject", status, r.lectureTitle()),
                texts.text("dir.mail.lectureStatus.body", status, detail, summary(r), link("/lectures/requests/" + r.id())));
    }

    /** On 成立 the group's representatives are told, with where to find the requester's contact. */
    public void lectureConfirmedForGroup(long representative, LectureRequest r) {
        send(representative, texts.text("dir.mail.lectureConfirmedGroup.subject", r.lectureTitle()),
                texts.text("dir.mail.lectureConfirmedGroup.body", r.groupName(), fixed(r), summary(r),
                        link("/groups/" + r.groupId() + "/lecture-requests/" + r.id())));
    }

    private String fixed(LectureRequest r) {
        return r.fixedDate() == null ? "" : (JapaneseDates.western(r.fixedDate()) + " " + Text.orEmpty(r.fixedTime())).strip();
    }

    /** What was requested, for the e-mails (without the contact details). */
    private String summary(LectureRequest r) {
        String second = r.date2() == null ? ""
                : texts.text("dir.mail.lectureSummary.second", date(r.date2()), Text.orEmpty(r.time2()));
        return texts.text("dir.mail.lectureSummary", r.lectureTitle(), r.groupName(), r.organisation(), date(r.date1()),
                Text.orEmpty(r.time1()), second, r.place(), r.participants());
    }

    // ---- the status survey ----

    public void surveyAsked(long representative, Survey survey, long groupId, String groupName, boolean reminder) {
        String subject = reminder ? "dir.mail.surveyReminder.subject" : "dir.mail.surveyAsked.subject";
        String body = reminder ? "dir.mail.surveyReminder.body" : "dir.mail.surveyAsked.body";
        send(representative, texts.text(subject, survey.title()),
                texts.text(body, groupName, settings.getCityName(), settings.getCenterName(),
                        survey.title(), date(survey.opensOn()), date(survey.closesOn()),
                        link("/groups/" + groupId + "/surveys/" + survey.id()),
                        survey.intro() == null ? "" : "\n" + survey.intro()));
    }

    public void surveySubmitted(long accountId, Survey survey, long groupId, String groupName, List<AnswerView> answers) {
        String listed = answers.stream().map(a -> texts.text("dir.mail.surveyAnswer", a.question().number(),
                a.question().text(), Text.orEmpty(a.display()))).collect(Collectors.joining("\n"));
        send(accountId, texts.text("dir.mail.surveySubmitted.subject", survey.title()),
                texts.text("dir.mail.surveySubmitted.body", groupName, survey.title(),
                        link("/groups/" + groupId + "/surveys/" + survey.id()), listed));
    }

    private String date(LocalDate day) {
        return JapaneseDates.western(day);
    }

    private String link(String path) {
        return texts.link(path);
    }

    private void send(long accountId, String subject, String body) {
        notifier.sendToAccount(accountId, subject, texts.signed(body));
    }
}
