package io.gatehouse.iam;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Storage of virtual MFA devices; seeds are sealed under the master key with the context
 * {@code mfa-seed:<serial>}. {@link #advanceStep} is the replay guard: it moves the last used step
 * forward atomically and reports false when another request already used that step or a later one.
 */
public interface MfaDeviceStore {

    /** Inserts the device; false (and nothing written) when the serial number is taken. */
    boolean insert(MfaDevice device, byte[] sealedSeed);

    Optional<MfaDevice> find(String serialNumber);

    byte[] sealedSeed(String serialNumber);

    List<MfaDevice> forUser(String userId);

    List<MfaDevice> forRoot(String accountId);

    /** The account's virtual devices by serial after {@code afterSerial}; {@code assigned} null means any. */
    List<MfaDevice> list(String accountId, Boolean assigned, String afterSerial, int limit);

    long count(String accountId, boolean assignedOnly);

    void assign(String serialNumber, String userId, String rootAccountId, Instant enabledAt, long lastUsedStep);

    void unassign(String serialNumber);

    void delete(String serialNumber);

    boolean advanceStep(String serialNumber, long step);
}
