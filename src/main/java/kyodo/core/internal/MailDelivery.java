package kyodo.core.internal;

import kyodo.core.CityClock;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Properties;

/**
 * Sends due outbox messages by SMTP when mail is configured. Each batch is locked with
 * SKIP LOCKED so that several app instances never send the same message twice.
 */
@Singleton
public class MailDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(MailDelivery.class);
    private static final int MAX_ATTEMPTS = 5;

    private final OutboxRepository outbox;
    private final MailSettings settings;
    private final CityClock clock;

    MailDelivery(OutboxRepository outbox, MailSettings settings, CityClock clock) {
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    public boolean isEnabled() {
        return settings.isEnabled();
    }

    @Scheduled(fixedDelay = "${kyodo.mail.interval:10s}", initialDelay = "5s")
    void deliverOnSchedule() {
        if (settings.isEnabled()) {
            try {
                deliverDue();
            } catch (RuntimeException e) {
                LOG.warn("Mail delivery failed: {}", e.getMessage());
            }
        }
    }

    /** Sends what is due now; returns how many were sent. */
    @Transactional
    public int deliverDue() {
        if (!settings.isEnabled()) {
            return 0;
        }
        LocalDateTime now = clock.now();
        List<OutboxMessage> due = outbox.findDueForUpdate(now, 50);
        if (due.isEmpty()) {
            return 0;
        }
        Session session = session();
        int sent = 0;
        // One SMTP connection for the batch (a connection per message makes a large outbox crawl).
        try (Connection smtp = new Connection(session)) {
            for (OutboxMessage message : due) {
                if (send(smtp, session, message, now)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    /** The batch's connection, opened on the first message and again after it dropped. */
    private static final class Connection implements AutoCloseable {
        private final Session session;
        private Transport transport;

        Connection(Session session) {
            this.session = session;
        }

        void send(MimeMessage mime) throws MessagingException {
            if (transport == null || !transport.isConnected()) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            mime.saveChanges();
            transport.sendMessage(mime, mime.getAllRecipients());
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException e) {
                    LOG.debug("Closing the SMTP connection: {}", e.getMessage());
                }
            }
        }
    }

    private boolean send(Connection smtp, Session session, OutboxMessage message, LocalDateTime now) {
        try {
            smtp.send(mime(session, message));
            outbox.update(new OutboxMessage(message.id(), message.createdAt(), message.recipient(), message.subject(),
                    message.body(), OutboxMessage.SENT, message.attempts() + 1, message.nextAttemptAt(),
                    clock.now(), null));
            return true;
        } catch (MessagingException | RuntimeException e) {
            int attempts = message.attempts() + 1;
            String status = attempts >= MAX_ATTEMPTS ? OutboxMessage.FAILED : OutboxMessage.PENDING;
            // Wait longer after each failure: 1, 2, 4, 8 minutes.
            LocalDateTime next = now.plusMinutes(1L << Math.min(attempts - 1, 6));
            String error = String.valueOf(e.getMessage());
            outbox.update(new OutboxMessage(message.id(), message.createdAt(), message.recipient(), message.subject(),
                    message.body(), status, attempts, next, null, error.length() > 1000 ? error.substring(0, 1000) : error));
            LOG.warn("Could not send mail {} to the SMTP server: {}", message.id(), error);
            return false;
        }
    }

    private Session session() {
        Properties props = new Properties();
        props.put("mail.smtp.host", settings.getHost());
        props.put("mail.smtp.port", String.valueOf(settings.getPort()));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        if (settings.isStarttls()) {
            props.put("mail.smtp.starttls.enable", "true");
        }
        if (settings.getUsername() != null && !settings.getUsername().isBlank()) {
            props.put("mail.smtp.auth", "true");
            props.put("mail.smtp.user", settings.getUsername());
            return Session.getInstance(props, new jakarta.mail.Authenticator() {
                @Override
                protected jakarta.mail.PasswordAuthentication getPasswordAuthentication() {
                    return new jakarta.mail.PasswordAuthentication(settings.getUsername(), settings.getPassword());
                }
            });
        }
        return Session.getInstance(props);
    }

    private MimeMessage mime(Session session, OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(new InternetAddress(settings.getFrom()));
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.recipient()));
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        mime.setText(message.body(), StandardCharsets.UTF_8.name());
        mime.setSentDate(Date.from(clock.instant()));
        return mime;
    }
}
