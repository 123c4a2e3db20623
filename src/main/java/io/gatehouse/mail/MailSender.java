package io.gatehouse.mail;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The one way a user pool sends e-mail. With {@code gatehouse.mail.smtp.host} set, messages go
 * to that SMTP server; without it (the default) they are written to the dev outbox table and
 * nothing leaves the process. Logs name a message by id, pool, purpose and masked recipient,
 * never by its body.
 *
 * <p>Transactions: a code and the mail carrying it must not part ways. {@link #send} called
 * inside a transaction writes the outbox row in it (it rolls back with the caller), and hands
 * an SMTP message to the server only after that transaction commits; a rolled-back transaction
 * sends nothing. Such a late failure can no longer reach the caller and is only logged. Called
 * outside a transaction, {@code send} delivers at once and throws {@link MailDeliveryException}
 * when the server refuses, so a flow that must answer Cognito's
 * {@code CodeDeliveryFailureException} commits its code first and then sends.
 */
@ApplicationScoped
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class);

    private final MailConfig config;
    private final OutboxStore outbox;
    private final SmtpDelivery smtp;
    private final AfterCommit afterCommit;
    private final Clock clock;

    public MailSender(MailConfig config, OutboxStore outbox, SmtpDelivery smtp, AfterCommit afterCommit, Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.smtp = Objects.requireNonNull(smtp, "smtp");
        this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Sends the message, or writes it to the dev outbox when no SMTP server is configured; see
     * the class description for how this follows the caller's transaction. Blocks while the SMTP
     * server answers (at most {@code gatehouse.mail.smtp.timeout}), so call it from a worker thread.
     *
     * @throws MailDeliveryException outside a transaction, when the SMTP server cannot take the message
     */
    public void send(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        UUID id = UUID.randomUUID();
        if (!config.smtpConfigured()) {
            QuarkusTransaction.joiningExisting().run(() -> toOutbox(id, mail));
        } else if (afterCommit.inTransaction()) {
            afterCommit.run(() -> deliverAfterCommit(id, mail));
        } else {
            smtp.deliver(id, mail);
        }
    }

    void announce(@Observes StartupEvent event) {
        if (config.smtpConfigured()) {
            MailConfig.Smtp server = config.smtp();
            LOG.infof("Mail is delivered through the SMTP server %s:%d (STARTTLS %s, implicit TLS %s)",
                    server.host().orElseThrow(), server.port(), server.startTls(), server.ssl());
        } else {
            LOG.info("Mail is NOT delivered: gatehouse.mail.smtp.host is not set, so verification codes, password-reset "
                    + "codes and invitations go to the dev outbox, readable at GET /api/v1/user-pools/{poolId}/outbox. "
                    + "Set GATEHOUSE_MAIL_SMTP_HOST to deliver mail.");
        }
    }

    private void toOutbox(UUID id, OutgoingMail mail) {
        outbox.append(new OutboxMessage(id, clock.instant(), mail));
        afterCommit.run(() -> LOG.infof("Mail %s (pool %s, %s) to %s went to the dev outbox: no SMTP server is configured",
                id, mail.poolId(), mail.purpose(), mail.maskedRecipient()));
    }

    /** The caller's transaction has committed: a failure is logged by the delivery and has nobody left to tell. */
    private void deliverAfterCommit(UUID id, OutgoingMail mail) {
        try {
            smtp.deliver(id, mail);
        } catch (MailDeliveryException e) {
            LOG.warnf("Mail %s (pool %s, %s) was not delivered after its transaction committed; the user has to ask "
                    + "for it again", id, mail.poolId(), mail.purpose());
        }
    }
}
