package io.gatehouse.sts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** The account encoded in temporary access key ids, as AWS encodes it. */
class AccessKeyIdsTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void accountWhenTemporaryKeyOfAnAccountThenThatAccount() {
        for (String account : new String[] {"000000000000", "123456789012", "999999999999", "000000000001"}) {
            for (int i = 0; i < 50; i++) {
                byte[] bytes = new byte[10];
                random.nextBytes(bytes);

                String keyId = AccessKeyIds.temporary(account, bytes);

                assertThat(keyId).matches("ASIA[A-Z2-7]{16}");
                assertThat(AccessKeyIds.account(keyId)).contains(account);
            }
        }
    }

    @Test
    void accountWhenAwsPublishedExampleThenItsAccount() {
        // The layout AWS documents through community decoders: ASIAY34FZKBOKMUTVV7A belongs to 609629065308.
        assertThat(AccessKeyIds.account("ASIAY34FZKBOKMUTVV7A")).contains("609629065308");
    }

    @Test
    void accountWhenNotOfTheLayoutThenEmpty() {
        assertThat(AccessKeyIds.account("ASIA-SHORT")).isEmpty();
        assertThat(AccessKeyIds.account("asiay34fzkbokmutvv7a")).isEmpty();
        assertThat(AccessKeyIds.account("ASIAY34FZKBOKMUTVV7A0")).isEmpty();
        assertThat(AccessKeyIds.account("ASIA7777777777777777")).isEmpty();
        assertThat(AccessKeyIds.account(null)).isEmpty();
    }

    @Test
    void temporaryWhenBadAccountOrRandomThenRejected() {
        assertThatThrownBy(() -> AccessKeyIds.temporary("12345", new byte[10]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AccessKeyIds.temporary("123456789012", new byte[9]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
