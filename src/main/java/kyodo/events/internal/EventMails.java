package kyodo.events.internal;

import jakarta.inject.Singleton;
import kyodo.core.JapaneseDates;
import kyodo.core.KyodoSettings;
import kyodo.core.Notifier;
import kyodo.core.Notifier.AccountMail;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** The e-mails of the module, in Japanese (the residents' language); sent through the outbox. */
@Singleton
class EventMails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final Notifier notifier;
    private final KyodoSettings settings;

    EventMails(Notifier notifier, KyodoSettings settings) {
        this.notifier = notifier;
        this.settings = settings;
    }

    /** Sent with {@link #sendAll} so that a batch of registrations writes its mails at once. */
    AccountMail confirmed(long accountId, Event event, List<EventSession> sessions, int companions) {
        String online = event.online() && event.onlineUrl() != null
                ? "\nオンライン参加のURL: " + event.onlineUrl() + "\n" : "";
        return mail(accountId, "【申込完了】" + event.title(),
                "「" + event.title() + "」への申込みを受け付けました。\n\n"
                        + schedule(event, sessions)
                        + (companions > 0 ? "同伴者: " + companions + "名\n" : "") + online
                        + "\n参加できなくなった場合は、マイページの「申込みした講座」から取り消してください。\n");
    }

    AccountMail waitlisted(long accountId, Event event, List<EventSession> sessions, int position) {
        return mail(accountId, "【キャンセル待ち】" + event.title(),
                "「" + event.title() + "」は満席のため、キャンセル待ちとして受け付けました（" + position + "番目）。\n"
                        + "席が空いたら順番に参加確定となり、メールでお知らせします。\n\n" + schedule(event, sessions));
    }

    void promoted(long accountId, Event event, List<EventSession> sessions) {
        String online = event.online() && event.onlineUrl() != null
                ? "\nオンライン参加のURL: " + event.onlineUrl() + "\n" : "";
        send(accountId, "【参加確定】" + event.title(),
                "キャンセルが出たため、「" + event.title() + "」への参加が確定しました。\n\n" + schedule(event, sessions) + online
                        + "\n参加できない場合は、マイページから取り消してください。\n");
    }

    void cancelledByPerson(long accountId, Event event) {
        send(accountId, "【申込取消】" + event.title(),
                "「" + event.title() + "」の申込みを取り消しました。\n" + link(event));
    }

    void eventCancelled(long accountId, Event event, String note) {
        send(accountId, "【中止】" + event.title(),
                "申込みいただいていた「" + event.title() + "」は中止となりました。\n"
                        + (note == null ? "" : "\n" + note + "\n") + "\nご迷惑をおかけし申し訳ありません。\n" + link(event));
    }

    void eventPostponed(long accountId, Event event, String note) {
        send(accountId, "【延期】" + event.title(),
                "申込みいただいていた「" + event.title() + "」は延期となりました。\n"
                        + (note == null ? "" : "\n" + note + "\n")
                        + "\n新しい日程が決まりましたら、改めてお知らせします。申込みはそのまま引き継がれます。\n" + link(event));
    }

    void eventRescheduled(long accountId, Event event, List<EventSession> sessions) {
        send(accountId, "【日程決定】" + event.title(),
                "延期していた「" + event.title() + "」の新しい日程が決まりました。申込みはそのまま引き継がれています。\n\n"
                        + schedule(event, sessions) + "\n都合が合わない場合は、マイページから取り消してください。\n");
    }

    void sendAll(List<AccountMail> mails) {
        notifier.sendToAccounts(mails);
    }

    private void send(long accountId, String subject, String body) {
        AccountMail mail = mail(accountId, subject, body);
        notifier.sendToAccount(mail.accountId(), mail.subject(), mail.body());
    }

    private AccountMail mail(long accountId, String subject, String body) {
        return new AccountMail(accountId, subject, body + "\n" + settings.getCenterName() + "\n");
    }

    private String schedule(Event event, List<EventSession> sessions) {
        String days = sessions.stream()
                .map(s -> "  " + JapaneseDates.western(s.day()) + " " + TIME.format(s.startTime()) + "～" + TIME.format(s.endTime()))
                .collect(Collectors.joining("\n"));
        String place = event.inPerson() ? "会場: " + event.venueName()
                + (event.venueAddress() == null ? "" : "（" + event.venueAddress() + "）") + "\n" : "";
        return "日時:\n" + days + "\n" + place + (event.online() ? "オンライン開催あり\n" : "") + link(event);
    }

    private String link(Event event) {
        return "詳しくは: " + settings.getBaseUrl() + "/events/" + event.id() + "\n";
    }
}
