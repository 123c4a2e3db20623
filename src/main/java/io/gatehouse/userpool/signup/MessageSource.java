package io.gatehouse.userpool.signup;

import io.gatehouse.userpool.triggers.TriggerInput;
import java.util.Objects;

/**
 * Why a code or invitation is mailed, as the custom message trigger is told: the trigger source
 * ({@code CustomMessage_SignUp}, {@code _ResendCode}, …, see
 * {@link io.gatehouse.userpool.triggers.CustomMessageEvent}), the app client that asked (null for
 * administrator calls) and the caller's ClientMetadata.
 */
public record MessageSource(String triggerSource, String clientId, TriggerInput clientMetadata) {

    public MessageSource {
        Objects.requireNonNull(triggerSource, "triggerSource");
        clientMetadata = clientMetadata == null ? TriggerInput.NONE : clientMetadata;
    }
}
