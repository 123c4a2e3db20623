package io.gatehouse.mail;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Hands one message to the configured SMTP server through Quarkus Mailer. A refusal is logged
 * with the message id, pool, purpose and the server's reason, with the recipient masked and
 * without the body, then thrown as {@link MailDeliveryException}.
 */
@ApplicationScoped
class SmtpDelivery {

    private static final Logger LOG = Logger.getLogger(SmtpDelivery.class);

    private final Mailer mailer;
    private final MailConfig config;

    SmtpDelivery(Mailer mailer, MailConfig config) {
        this.mailer = Objects.requireNonNull(mailer, "mailer");
        this.config = Objects.requireNonNull(config, "config");
    }

    void deliver(UUID id, OutgoingMail mail) {
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.textBody()).setFrom(config.from());
        if (mail.htmlBody() != null) {
            message.setHtml(mail.htmlBody());
        }
        try {
            mailer.send(message);
        } catch (RuntimeException e) {
            // Mailer declares no exception types: connection, TLS, authentication and timeout
            // failures all arrive as unchecked exceptions of Vert.x or Mutiny.
            LOG.warnf("SMTP delivery of mail %s (pool %s, %s) to %s failed: %s", id, mail.poolId(), mail.purpose(),
                    mail.maskedRecipient(), reason(e, mail));
            throw new MailDeliveryException(e);
        }
        LOG.infof("Mail %s (pool %s, %s) to %s was handed to the SMTP server", id, mail.poolId(), mail.purpose(),
                mail.maskedRecipient());
    }

    /** The cause chain's types and messages, which may quote the recipient: it is masked there too. */
    private static String reason(Throwable e, OutgoingMail mail) {
        List<String> causes = new ArrayList<>();
        for (Throwable t = e; t != null && causes.size() < 5; t = t.getCause()) {
            causes.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        return String.join(" <- ", causes).replace(mail.to(), mail.maskedRecipient());
    }
}
