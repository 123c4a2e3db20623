package io.gatehouse.iam;

import java.util.Optional;

/**
 * The outcome of checking a one-time code: whether it was accepted, and the device it was checked
 * against (empty when there was none to check).
 */
public record MfaCheck(boolean accepted, Optional<MfaDevice> device) {

    static MfaCheck rejected(MfaDevice device) {
        return new MfaCheck(false, Optional.ofNullable(device));
    }
}
