package kyodo.core;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import kyodo.core.internal.MailDelivery;
import kyodo.support.TestAccounts;
import kyodo.support.TestAccounts.TestAccount;
import kyodo.support.WebSession;
import kyodo.support.WebSession.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outbox sent through a real SMTP server (GreenMail, in-process on localhost): a forgotten
 * password is reset through the e-mailed link, which then stops working.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailTest implements TestPropertyProvider {

    private GreenMail smtp;

    @Inject
    EmbeddedServer server;
    @Inject
    TestAccounts accounts;
    @Inject
    MailDelivery delivery;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        return Map.of("kyodo.mail.host", "127.0.0.1", "kyodo.mail.port", String.valueOf(port),
                "kyodo.mail.starttls", "false", "kyodo.mail.from", "center@example.jp");
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void passwordResetByEmailedLink() throws Exception {
        TestAccount person = accounts.create(Role.CITIZEN);
        WebSession visitor = WebSession.at(server.getURL());
        Page sent = visitor.post("/password/forgot", Map.of("email", person.email()));
        assertEquals(200, sent.status());
        assertTrue(sent.text().contains("再設定用のリンクをお送りしました"));
        // An unknown address gets the same answer and no mail.
        Page unknown = visitor.post("/password/forgot", Map.of("email", "nobody-" + person.id() + "@example.jp"));
        assertTrue(unknown.text().contains("再設定用のリンクをお送りしました"));

        deliverAll();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(person.email())).findFirst().orElseThrow();
        assertTrue(mail.getSubject().contains("パスワード再設定"));
        String body = mail.getContent().toString();
        Matcher link = Pattern.compile("/password/reset/([A-Za-z0-9_-]+)").matcher(body);
        assertTrue(link.find(), body);
        String path = link.group();

        assertTrue(visitor.get(path).html().selectFirst("#password") != null);
        Page weak = visitor.post(path, Map.of("password", "password", "passwordConfirm", "password"));
        assertEquals(422, weak.status());
        Page done = visitor.post(path, Map.of("password", "brand-new-2026", "passwordConfirm", "brand-new-2026"));
        assertEquals(303, done.status());
        WebSession.at(server.getURL()).logIn(person.email(), "brand-new-2026");

        Page reused = visitor.get(path);
        assertTrue(reused.text().contains("有効期限が切れているか、すでに使われています"));
        assertEquals(422, visitor.post(path, Map.of("password", "another-2026x", "passwordConfirm", "another-2026x")).status());
    }

    @Test
    void signUpSendsAWelcomeMail() throws Exception {
        String email = "welcome-" + System.nanoTime() + "@example.jp";
        WebSession visitor = WebSession.at(server.getURL());
        Page created = visitor.post("/signup", Map.of("email", email, "displayName", "協働 一郎",
                "nameKana", "キョウドウ イチロウ", "password", "ichiro-2026!", "passwordConfirm", "ichiro-2026!"));
        assertEquals(303, created.status());
        deliverAll();
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).anyMatch(m -> recipient(m).equals(email)));
    }

    /** Other tests of the run leave mail in the outbox too: send it all. */
    private void deliverAll() {
        int sent;
        int rounds = 0;
        do {
            sent = delivery.deliverDue();
            // The suite's other tests leave thousands of mails in the shared outbox, all sent before the newest.
        } while (sent > 0 && ++rounds < 2000);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
