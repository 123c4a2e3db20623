package io.gatehouse.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * How user pools send e-mail. Without {@code smtp.host} nothing is delivered: each message is
 * written to the dev outbox table instead, readable over the admin API. The SMTP settings are
 * handed to Quarkus Mailer by {@code quarkus.mailer.*} expressions in {@code application.properties}.
 */
@ConfigMapping(prefix = "gatehouse.mail")
public interface MailConfig {

    /** Sender address of every message. Env: GATEHOUSE_MAIL_FROM. */
    @WithDefault("no-reply@gatehouse.local")
    String from();

    /** How long the dev outbox keeps a message before the cleanup job deletes it. Env: GATEHOUSE_MAIL_OUTBOX_RETENTION. */
    @WithDefault("P1D")
    Duration outboxRetention();

    /** The SMTP server; without its host, mail goes to the dev outbox. */
    Smtp smtp();

    /** True when messages are delivered over SMTP, false when they go to the dev outbox. */
    default boolean smtpConfigured() {
        return smtp().host().filter(host -> !host.isBlank()).isPresent();
    }

    /** The SMTP submission server. */
    interface Smtp {

        /** Host name; unset means no SMTP: messages go to the dev outbox. Env: GATEHOUSE_MAIL_SMTP_HOST. */
        Optional<String> host();

        /** Port: 587 for submission with STARTTLS (RFC 6409), 465 with {@code ssl}. Env: GATEHOUSE_MAIL_SMTP_PORT. */
        @WithDefault("587")
        int port();

        /** Login user; unset means no authentication. Env: GATEHOUSE_MAIL_SMTP_USERNAME. */
        Optional<String> username();

        /** Login password. Env: GATEHOUSE_MAIL_SMTP_PASSWORD. */
        Optional<String> password();

        /** Whether the plain connection is upgraded with STARTTLS. Env: GATEHOUSE_MAIL_SMTP_START_TLS. */
        @WithDefault("REQUIRED")
        StartTls startTls();

        /** Connect with TLS from the first byte (implicit TLS, RFC 8314), usually on port 465. Env: GATEHOUSE_MAIL_SMTP_SSL. */
        @WithDefault("false")
        boolean ssl();

        /** How long a send may take before it fails, so a dead server cannot hold a request. Env: GATEHOUSE_MAIL_SMTP_TIMEOUT. */
        @WithDefault("PT15S")
        Duration timeout();

        /**
         * The name this host gives in SMTP EHLO and Message-ID. Set so that sending never waits on a
         * reverse DNS lookup of the local host (the mail client's fallback), which can stall a send
         * until it times out where DNS is slow. Env: GATEHOUSE_MAIL_SMTP_HELO_NAME.
         */
        @WithDefault("localhost")
        String heloName();
    }

    /** The STARTTLS modes of Quarkus Mailer ({@code quarkus.mailer.start-tls}). */
    enum StartTls { DISABLED, OPTIONAL, REQUIRED }
}
