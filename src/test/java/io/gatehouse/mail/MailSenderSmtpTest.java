package io.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With {@code gatehouse.mail.smtp.host} set, mail reaches the SMTP server (GreenMail) and never the outbox. */
@GatehouseTest
@TestProfile(GreenMailResource.Profile.class)
class MailSenderSmtpTest {

    private static final long WAIT_MILLIS = 5000;
    private static final long QUIET_MILLIS = 1000;

    @GreenMailResource.InjectGreenMail
    GreenMail greenMail;
    @Inject
    MailSender sender;

    private String pool;

    @BeforeEach
    void reset() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
        pool = TestMail.createPool();
    }

    @Test
    void sendWhenSmtpConfiguredThenDeliveredAndOutboxEmpty() throws Exception {
        sender.send(TestMail.code(pool, "Your verification code", "246810"));

        assertThat(greenMail.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(Arrays.stream(received.getAllRecipients()).map(Address::toString)).containsExactly(TestMail.RECIPIENT);
        assertThat(received.getFrom()[0].toString()).isEqualTo("no-reply@gatehouse.local");
        assertThat(received.getSubject()).isEqualTo("Your verification code");
        assertThat(((String) received.getContent()).strip()).isEqualTo("Your verification code is 246810");
        assertThat(SignedRequests.root().get(TestMail.outbox(pool)).then().statusCode(200).extract().jsonPath()
                .getList("items")).isEmpty();
    }

    @Test
    void sendWhenHtmlBodyThenMultipartAlternative() throws Exception {
        sender.send(TestMail.codeWithHtml(pool, "Your code", "135791"));

        assertThat(greenMail.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
        Multipart parts = (Multipart) greenMail.getReceivedMessages()[0].getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(text(parts, 0)).contains("Your verification code is 135791");
        assertThat(text(parts, 1)).contains("<b>135791</b>");
    }

    @Test
    void sendWhenInsideTransactionThenDeliveredOnlyAfterCommit() {
        QuarkusTransaction.begin();
        sender.send(TestMail.code(pool, "After commit", "112233"));
        assertThat(greenMail.waitForIncomingEmail(QUIET_MILLIS, 1)).isFalse();
        QuarkusTransaction.commit();

        assertThat(greenMail.waitForIncomingEmail(WAIT_MILLIS, 1)).isTrue();
    }

    @Test
    void sendWhenTransactionRolledBackThenNothingDelivered() {
        QuarkusTransaction.begin();
        sender.send(TestMail.code(pool, "Rolled back", "445566"));
        QuarkusTransaction.rollback();

        assertThat(greenMail.waitForIncomingEmail(QUIET_MILLIS, 1)).isFalse();
    }

    private static String text(Multipart parts, int index) throws Exception {
        Object content = parts.getBodyPart(index).getContent();
        if (content instanceof String s) {
            return s;
        }
        throw new IOException("Part " + index + " is not text: " + content.getClass());
    }
}
