package icc.platform.web.notification.infrastructure;

import icc.platform.web.notification.application.MailSender;
import icc.platform.web.notification.application.NotificationMail;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mails through the SMTP server the operator configures ({@code PLATFORM_SMTP_HOST},
 * {@code PLATFORM_SMTP_PORT}, {@code PLATFORM_SMTP_FROM}, optionally {@code PLATFORM_SMTP_USERNAME},
 * {@code PLATFORM_SMTP_PASSWORD}, {@code PLATFORM_SMTP_STARTTLS}). {@code ops/platform} runs a
 * local GreenMail server for development and tests; production points at the organisation's relay.
 * Without a host, nothing is sent and notifications wait in the outbox.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

  @Inject
  @ConfigProperty(name = "platform.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "platform.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "platform.smtp.from", defaultValue = "ICC cooperation platform <no-reply@localhost>")
  String from;

  @Inject
  @ConfigProperty(name = "platform.smtp.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "platform.smtp.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "platform.smtp.starttls", defaultValue = "false")
  boolean starttls;

  private Session session;

  @PostConstruct
  void configure() {
    if (!configured()) {
      return;
    }
    Properties p = new Properties();
    p.put("mail.smtp.host", host.get());
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "10000");
    p.put("mail.smtp.timeout", "20000");
    p.put("mail.smtp.writetimeout", "20000");
    if (starttls) {
      p.put("mail.smtp.starttls.enable", "true");
      p.put("mail.smtp.starttls.required", "true");
    }
    Authenticator auth = null;
    if (username.filter(u -> !u.isBlank()).isPresent()) {
      p.put("mail.smtp.auth", "true");
      String user = username.get();
      String secret = password.orElse("");
      auth = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(user, secret);
        }
      };
    }
    session = Session.getInstance(p, auth);
  }

  @Override
  public boolean configured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  @Override
  public void send(String address, NotificationMail mail) throws MailFailure {
    if (session == null) {
      throw new MailFailure("no SMTP server is configured (PLATFORM_SMTP_HOST)", null);
    }
    try {
      MimeMessage m = new MimeMessage(session);
      m.setFrom(new InternetAddress(from, true));
      m.setRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
      m.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
      m.setText(mail.text(), StandardCharsets.UTF_8.name());
      m.setSentDate(new Date());
      Transport.send(m);
    } catch (MessagingException e) {
      throw new MailFailure("SMTP: " + e.getMessage(), e);
    }
  }
}
