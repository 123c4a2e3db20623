package io.gatehouse.userpool.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TriggerSignatureTest {

    private static final String SECRET = "ghtrg_test-secret";
    private static final byte[] BODY = "{\"triggerSource\":\"PreAuthentication_Authentication\"}".getBytes(StandardCharsets.UTF_8);
    private static final long NOW = 1_767_225_600L;

    @Test
    void headerWhenSignedThenStripeStyleWithHexHmac() {
        String header = TriggerSignature.header(SECRET, NOW, BODY);

        assertThat(header).matches("t=1767225600,v1=[0-9a-f]{64}");
    }

    @Test
    void verifyWhenSameSecretBodyAndFreshThenTrue() {
        assertThat(TriggerSignature.verify(TriggerSignature.header(SECRET, NOW, BODY), SECRET, BODY, NOW + 10, 300)).isTrue();
    }

    @Test
    void verifyWhenBodyTamperedThenFalse() {
        String header = TriggerSignature.header(SECRET, NOW, BODY);

        assertThat(TriggerSignature.verify(header, SECRET, "{}".getBytes(StandardCharsets.UTF_8), NOW, 300)).isFalse();
    }

    @Test
    void verifyWhenOtherSecretThenFalse() {
        assertThat(TriggerSignature.verify(TriggerSignature.header(SECRET, NOW, BODY), "ghtrg_other", BODY, NOW, 300)).isFalse();
    }

    @Test
    void verifyWhenReplayedLaterThanToleranceThenFalse() {
        assertThat(TriggerSignature.verify(TriggerSignature.header(SECRET, NOW, BODY), SECRET, BODY, NOW + 301, 300)).isFalse();
    }

    @Test
    void verifyWhenTimestampChangedThenFalse() {
        String header = TriggerSignature.header(SECRET, NOW, BODY).replace("t=" + NOW, "t=" + (NOW + 5));

        assertThat(TriggerSignature.verify(header, SECRET, BODY, NOW, 300)).isFalse();
    }

    @Test
    void verifyWhenMalformedThenFalse() {
        assertThat(TriggerSignature.verify(null, SECRET, BODY, NOW, 300)).isFalse();
        assertThat(TriggerSignature.verify("v1=zz", SECRET, BODY, NOW, 300)).isFalse();
        assertThat(TriggerSignature.verify("t=x,v1=00", SECRET, BODY, NOW, 300)).isFalse();
    }
}
