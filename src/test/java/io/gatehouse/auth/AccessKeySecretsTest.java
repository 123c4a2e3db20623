package io.gatehouse.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gatehouse.account.AccessKeySecret;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessKeySecretsTest {

    private static final AccessKeySecret KEY = new AccessKeySecret(
            "AKIAEXAMPLE00001", "123456789012", "arn:aws:iam::123456789012:root", null, "secret/key+1");

    @Test
    void secretForWhenKeyKnownThenSecretAndKeyRemembered() {
        AccessKeySecrets secrets = new AccessKeySecrets(id -> id.equals(KEY.accessKeyId()) ? Optional.of(KEY)
                : Optional.empty());

        assertEquals(Optional.of("secret/key+1"), secrets.secretFor("AKIAEXAMPLE00001"));
        assertEquals(Optional.of(KEY), secrets.found());
    }

    @Test
    void secretForWhenKeyUnknownThenEmptyAndNothingRemembered() {
        AccessKeySecrets secrets = new AccessKeySecrets(id -> Optional.empty());

        assertTrue(secrets.secretFor("AKIAUNKNOWN00001").isEmpty());
        assertTrue(secrets.found().isEmpty());
    }
}
