package kyodo.core.internal;

import jakarta.inject.Singleton;
import kyodo.core.KyodoSettings;
import kyodo.core.MailTexts;
import kyodo.core.Notifier;

/** The e-mails of core: texts from the bundle ({@code core.mail.*}), sent through the outbox. */
@Singleton
class CoreMails {

    private final Notifier notifier;
    private final MailTexts texts;
    private final KyodoSettings settings;

    CoreMails(Notifier notifier, MailTexts texts, KyodoSettings settings) {
        this.notifier = notifier;
        this.texts = texts;
        this.settings = settings;
    }

    void registered(String email, String name) {
        notifier.send(email, texts.text("core.mail.registered.subject", settings.getCityName()),
                texts.signed(texts.text("core.mail.registered.body", name, settings.getCenterName(), texts.link("/login"))));
    }

    void passwordReset(String email, String name, String token, int validMinutes) {
        notifier.send(email, texts.text("core.mail.passwordReset.subject", settings.getCityName()),
                texts.signed(texts.text("core.mail.passwordReset.body", name, validMinutes,
                        texts.link("/password/reset/" + token))));
    }

    void failedLogins(String email, String name) {
        notifier.send(email, texts.text("core.mail.failedLogins.subject", settings.getCityName()),
                texts.signed(texts.text("core.mail.failedLogins.body", name, texts.link("/password/forgot"))));
    }
}
