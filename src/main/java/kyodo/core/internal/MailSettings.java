package kyodo.core.internal;

import io.micronaut.context.annotation.ConfigurationProperties;

/** SMTP settings (KYODO_MAIL_HOST, KYODO_MAIL_PORT, ...). Without a host, mail is kept in the outbox. */
@ConfigurationProperties("kyodo.mail")
public class MailSettings {

    private String host;
    private int port = 587;
    private String username;
    private String password;
    private String from = "no-reply@localhost";
    private boolean starttls = true;

    public boolean isEnabled() {
        return host != null && !host.isBlank();
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public int getPort() {
        return port;
    }

    public void setPort(int port) {
        this.port = port;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public boolean isStarttls() {
        return starttls;
    }

    public void setStarttls(boolean starttls) {
        this.starttls = starttls;
    }
}
