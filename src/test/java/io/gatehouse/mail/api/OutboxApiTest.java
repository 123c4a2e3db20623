package io.gatehouse.mail.api;

import static io.gatehouse.testing.ProblemAssertions.assertBareProblem;
import static io.gatehouse.testing.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.mail.CapturedLogs;
import io.gatehouse.mail.MailSender;
import io.gatehouse.mail.TestMail;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.SignedRequests;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without SMTP (the default run) mail goes to the dev outbox, which the pool's owner reads over the API. */
@GatehouseTest
class OutboxApiTest {

    private static final String OTHER_ACCOUNT = "222222222222";
    private static final String OTHER_KEY = "AKIAMAILOTHERACCT001";
    private static final String OTHER_SECRET = "mail-other-account-secret-key-0000000000";

    @Inject
    MailSender sender;

    private String pool;

    @BeforeEach
    void createPool() {
        pool = TestMail.createPool();
    }

    @Test
    void sendWhenNoSmtpThenMessageReadableInOutbox() {
        sender.send(TestMail.codeWithHtml(pool, "Your verification code", "424242"));

        JsonPath page = SignedRequests.root().get(TestMail.outbox(pool)).then().statusCode(200).extract().jsonPath();

        assertThat(page.getList("items")).hasSize(1);
        assertThat(page.getString("items[0].to")).isEqualTo(TestMail.RECIPIENT);
        assertThat(page.getString("items[0].subject")).isEqualTo("Your verification code");
        assertThat(page.getString("items[0].textBody")).isEqualTo("Your verification code is 424242");
        assertThat(page.getString("items[0].htmlBody")).isEqualTo("<p>Your verification code is <b>424242</b></p>");
        assertThat(page.getString("items[0].purpose")).isEqualTo("signup.confirm");
        assertThat(Instant.parse(page.getString("items[0].createdAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(page.getString("nextCursor")).isNull();
    }

    @Test
    void getWhenMessageIdThenThatMessage() {
        sender.send(TestMail.code(pool, "Reset your password", "777111"));
        String id = SignedRequests.root().get(TestMail.outbox(pool)).then().extract().path("items[0].id");

        SignedRequests.root().get(TestMail.outbox(pool) + "/" + id).then().statusCode(200)
                .body("id", equalTo(id))
                .body("subject", equalTo("Reset your password"))
                .body("textBody", equalTo("Your verification code is 777111"))
                .body("htmlBody", nullValue());
    }

    @Test
    void listWhenThreeMessagesAndLimitTwoThenTwoPagesNewestFirst() {
        sender.send(TestMail.code(pool, "first", "100001"));
        sender.send(TestMail.code(pool, "second", "100002"));
        sender.send(TestMail.code(pool, "third", "100003"));

        JsonPath first = SignedRequests.root().get(TestMail.outbox(pool) + "?limit=2").then().statusCode(200)
                .extract().jsonPath();
        JsonPath second = SignedRequests.root().get(TestMail.outbox(pool) + "?limit=2&cursor=" + first.getString("nextCursor"))
                .then().statusCode(200).extract().jsonPath();

        assertThat(first.getList("items.subject", String.class)).containsExactly("third", "second");
        assertThat(first.getString("nextCursor")).isNotBlank();
        assertThat(second.getList("items.subject", String.class)).containsExactly("first");
        assertThat(second.getString("nextCursor")).isNull();
    }

    @Test
    void sendWhenCallerTransactionRollsBackThenNoMessage() {
        QuarkusTransaction.begin();
        sender.send(TestMail.code(pool, "rolled back", "555000"));
        QuarkusTransaction.rollback();
        QuarkusTransaction.requiringNew().run(() -> sender.send(TestMail.code(pool, "committed", "555111")));

        assertThat(SignedRequests.root().get(TestMail.outbox(pool)).then().statusCode(200).extract().jsonPath()
                .getList("items.subject", String.class)).containsExactly("committed");
    }

    @Test
    void sendWhenNoSmtpThenOneLogLineWithMaskedRecipientAndNoBody() {
        try (CapturedLogs logs = CapturedLogs.start()) {
            sender.send(TestMail.codeWithHtml(pool, "Your verification code", "918273"));

            assertThat(logs.text()).contains("went to the dev outbox").contains(pool).contains("signup.confirm")
                    .contains("a***@example.com").doesNotContain("918273").doesNotContain(TestMail.RECIPIENT);
        }
    }

    @Test
    void listWhenUnknownPoolThenNotFoundProblem() {
        assertProblem(SignedRequests.root().get(TestMail.outbox("us-east-1_NoSuchPool")), 404, "ResourceNotFoundException");
    }

    @Test
    void listWhenPoolOfAnotherAccountThenNotFoundProblem() {
        sender.send(TestMail.code(pool, "private", "313131"));
        String id = SignedRequests.root().get(TestMail.outbox(pool)).then().extract().path("items[0].id");

        assertProblem(otherAccount().get(TestMail.outbox(pool)), 404, "ResourceNotFoundException");
        assertProblem(otherAccount().get(TestMail.outbox(pool) + "/" + id), 404, "ResourceNotFoundException");
    }

    @Test
    void getWhenMessageOfAnotherPoolOrMalformedIdThenNotFoundProblem() {
        String otherPool = TestMail.createPool();
        sender.send(TestMail.code(otherPool, "elsewhere", "646464"));
        String id = SignedRequests.root().get(TestMail.outbox(otherPool)).then().extract().path("items[0].id");

        assertProblem(SignedRequests.root().get(TestMail.outbox(pool) + "/" + id), 404, "ResourceNotFoundException");
        assertProblem(SignedRequests.root().get(TestMail.outbox(pool) + "/" + UUID.randomUUID()), 404,
                "ResourceNotFoundException");
        assertProblem(SignedRequests.root().get(TestMail.outbox(pool) + "/not-a-uuid"), 404, "ResourceNotFoundException");
    }

    @Test
    void listWhenMalformedCursorThenInvalidParameterProblem() {
        assertProblem(SignedRequests.root().get(TestMail.outbox(pool) + "?cursor=bm90LWEta2V5"), 400,
                "InvalidParameterException");
    }

    @Test
    void listWhenUnsignedThenUnauthorizedProblem() {
        assertBareProblem(RestAssured.given().get(TestMail.outbox(pool)), 401, "MissingAuthenticationToken");
    }

    private static SignedRequests otherAccount() {
        return TestAccounts.root(OTHER_ACCOUNT, OTHER_KEY, OTHER_SECRET);
    }
}
