package io.gatehouse.userpool.signin.srp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cognito's TIMESTAMP form, written as amazon-cognito-identity-js writes it and read strictly. */
class SrpTimestampTest {

    @Test
    void ofWhenDayBelowTenThenNoLeadingZero() {
        SrpTimestamp timestamp = SrpTimestamp.of(Instant.parse("2026-01-05T09:03:07.999Z"));

        assertThat(timestamp.text()).isEqualTo("Mon Jan 5 09:03:07 UTC 2026");
        assertThat(timestamp.instant()).isEqualTo(Instant.parse("2026-01-05T09:03:07Z"));
    }

    @Test
    void ofWhenTwoDigitDayAndMidnightThenPaddedTime() {
        assertThat(SrpTimestamp.of(Instant.parse("2024-12-29T00:00:00Z")).text())
                .isEqualTo("Sun Dec 29 00:00:00 UTC 2024");
    }

    @Test
    void parseWhenFormattedThenRoundTrips() {
        SrpTimestamp timestamp = SrpTimestamp.of(Instant.parse("2026-11-08T23:59:59Z"));

        assertThat(SrpTimestamp.parse(timestamp.text())).isEqualTo(timestamp);
    }

    @Test
    void parseWhenLeapDayThenInstant() {
        assertThat(SrpTimestamp.parse("Thu Feb 29 23:59:59 UTC 2024").instant())
                .isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
    }

    @Test
    void parseWhenDayZeroPaddedThenSameInstantAndTextKeptAsSent() {
        SrpTimestamp timestamp = SrpTimestamp.parse("Mon Jan 05 09:03:07 UTC 2026");

        assertThat(timestamp.instant()).isEqualTo(Instant.parse("2026-01-05T09:03:07Z"));
        assertThat(timestamp.text()).isEqualTo("Mon Jan 05 09:03:07 UTC 2026");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "Tue Jan 5 09:03:07 UTC 2026",
        "mon Jan 5 09:03:07 UTC 2026",
        "Mon JAN 5 09:03:07 UTC 2026",
        "Monday Jan 5 09:03:07 UTC 2026",
        "Mon Jan 5 9:03:07 UTC 2026",
        "Mon Jan 5 09:03:07 GMT 2026",
        "Mon Jan 5 09:03:07 UTC 26",
        "Mon Jan 5 09:03:07 UTC 2026 ",
        "Mon Jan 005 09:03:07 UTC 2026",
        "Fri Feb 29 09:03:07 UTC 2026",
        "Mon Jan 5 24:00:00 UTC 2026",
        "Mon Jan 5 09:03:60 UTC 2026",
        "2026-01-05T09:03:07Z",
        "Mon Jan 5 09:03:07 UTC 2026 and then a great deal more text"})
    void parseWhenNotCognitoFormThenRejected(String text) {
        assertThatThrownBy(() -> SrpTimestamp.parse(text))
                .isInstanceOf(SrpParameterException.class)
                .extracting("parameter").isEqualTo("TIMESTAMP");
    }

    @Test
    void constructorWhenTextAndInstantDisagreeThenRejected() {
        Instant other = Instant.parse("2026-01-05T09:03:08Z");

        assertThatThrownBy(() -> new SrpTimestamp("Mon Jan 5 09:03:07 UTC 2026", other))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
