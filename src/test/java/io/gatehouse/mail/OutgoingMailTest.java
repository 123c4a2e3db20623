package io.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gatehouse.core.GatehouseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutgoingMailTest {

    private static final String POOL = "us-east-1_DemoPool1";

    private static OutgoingMail to(String address) {
        return new OutgoingMail("000000000000", POOL, address, "Your code", "Code 123456", null, "signup.confirm");
    }

    @Test
    void constructorWhenValidThenKeepsEveryField() {
        OutgoingMail mail = new OutgoingMail("000000000000", POOL, "bob@example.com", "Subject", "text", "<p>html</p>",
                "password.reset");
        assertThat(mail.htmlBody()).isEqualTo("<p>html</p>");
        assertThat(mail.purpose()).isEqualTo("password.reset");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"bob", "@example.com", "bob@", "bob@@example.com", "bob@example.com,eve@example.com",
        "bob@example.com\r\nBcc: eve@example.com", "Bob <bob@example.com>", "bob smith@example.com", "bob@exa\u0000mple.com"})
    void constructorWhenRecipientNotOneAddressThenInvalidParameter(String address) {
        assertThatThrownBy(() -> to(address)).isInstanceOf(GatehouseException.class)
                .satisfies(e -> assertThat(((GatehouseException) e).code()).isEqualTo(MailError.INVALID_PARAMETER));
    }

    @Test
    void constructorWhenRecipientTooLongThenInvalidParameter() {
        assertThatThrownBy(() -> to("a".repeat(250) + "@example.com")).isInstanceOf(GatehouseException.class);
    }

    @Test
    void constructorWhenSubjectHasLineBreakThenInvalidParameter() {
        assertThatThrownBy(() -> new OutgoingMail("000000000000", POOL, "bob@example.com", "Hi\r\nBcc: eve@example.com",
                "text", null, "signup.confirm")).isInstanceOf(GatehouseException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Signup.Confirm", "signup confirm", ".signup", "signup.", "signup..confirm"})
    void constructorWhenPurposeMalformedThenInvalidParameter(String purpose) {
        assertThatThrownBy(() -> new OutgoingMail("000000000000", POOL, "bob@example.com", "Subject", "text", null,
                purpose)).isInstanceOf(GatehouseException.class);
    }

    @Test
    void constructorWhenBlankBodyOrMissingIdsThenInvalidParameter() {
        assertThatThrownBy(() -> new OutgoingMail("000000000000", POOL, "bob@example.com", "Subject", " ", null,
                "signup.confirm")).isInstanceOf(GatehouseException.class);
        assertThatThrownBy(() -> new OutgoingMail("000000000000", POOL, "bob@example.com", "Subject", "text", " ",
                "signup.confirm")).isInstanceOf(GatehouseException.class);
        assertThatThrownBy(() -> new OutgoingMail(null, POOL, "bob@example.com", "Subject", "text", null,
                "signup.confirm")).isInstanceOf(GatehouseException.class);
        assertThatThrownBy(() -> new OutgoingMail("000000000000", "", "bob@example.com", "Subject", "text", null,
                "signup.confirm")).isInstanceOf(GatehouseException.class);
    }

    @Test
    void toStringWhenLoggedThenNoBodySubjectOrFullRecipient() {
        OutgoingMail mail = new OutgoingMail("000000000000", POOL, "alice@example.com", "Code 654321", "Code 654321",
                "<b>654321</b>", "signup.confirm");
        assertThat(mail.toString()).doesNotContain("654321").doesNotContain("alice@").contains("a***@example.com");
    }

    @Test
    void maskedRecipientWhenAddressThenFirstCharacterAndDomain() {
        assertThat(to("alice@example.com").maskedRecipient()).isEqualTo("a***@example.com");
    }
}
