package io.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.testing.GatehouseTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** An SMTP server that cannot be reached: a typed exception for the caller, and a log without the body. */
@GatehouseTest
@TestProfile(SmtpDownProfile.class)
class MailSenderSmtpFailureTest {

    private static final String POOL = "us-east-1_DemoPool1";

    @Inject
    MailSender sender;

    @Test
    void sendWhenServerUnreachableThenMailDeliveryExceptionAndBodyNotLogged() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            assertThatThrownBy(() -> sender.send(TestMail.codeWithHtml(POOL, "Your code", "987654")))
                    .isInstanceOf(MailDeliveryException.class)
                    .satisfies(e -> assertThat(((MailDeliveryException) e).code()).isEqualTo(MailError.CODE_DELIVERY_FAILURE))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("987654").doesNotContain(TestMail.RECIPIENT));

            assertThat(logs.text()).contains("SMTP delivery of mail").contains("a***@example.com")
                    .doesNotContain("987654").doesNotContain(TestMail.RECIPIENT);
        }
    }

    @Test
    void sendWhenServerUnreachableAfterCommitThenCallerUnaffectedAndBodyNotLogged() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            QuarkusTransaction.requiringNew().run(() -> sender.send(TestMail.code(POOL, "Your code", "864200")));

            assertThat(logs.text()).contains("was not delivered after its transaction committed")
                    .doesNotContain("864200").doesNotContain(TestMail.RECIPIENT);
        }
    }
}
