package io.gatehouse.iam;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Ids;
import io.gatehouse.crypto.Base32;
import io.gatehouse.crypto.Totp;
import io.gatehouse.kms.EnvelopeCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Virtual MFA devices: created unassigned with a 160-bit TOTP seed (sealed under the master key),
 * enabled for a user (or the root user) with two consecutive codes, deactivated, deleted. {@link
 * #verify} and {@link #verifyForUser} are how console sign-in and STS check a code: each code is
 * accepted once at most.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html">EnableMFADevice</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6238">RFC 6238 TOTP</a>
 */
@ApplicationScoped
public class MfaDeviceService {

    /** "MFA devices in use by an IAM user: 8". */
    public static final int DEVICES_PER_USER_QUOTA = 8;
    /** How many steps back the first of the two enabling codes may lie: codes typed in over a few minutes. */
    private static final int ENABLE_LOOKBACK_STEPS = 10;

    private final MfaDeviceStore devices;
    private final IamUserService users;
    private final EnvelopeCipher cipher;
    private final AuditLog audit;
    private final Ids ids;
    private final Clock clock;

    public MfaDeviceService(MfaDeviceStore devices, IamUserService users, EnvelopeCipher cipher, AuditLog audit,
                            Ids ids, Clock clock) {
        this.devices = devices;
        this.users = users;
        this.cipher = cipher;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    @Transactional
    public CreatedMfaDevice createVirtual(String accountId, String actor, String name, String path,
                                          Map<String, String> tags) {
        IamInput.mfaDeviceName(name);
        String checkedPath = IamInput.path(path, "path");
        Map<String, String> checkedTags = PrincipalTags.of(tags);
        String serial = IamArns.mfa(accountId, checkedPath, name);
        if (devices.find(serial).isPresent()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "MFADevice entity at the same path and name already exists.");
        }
        byte[] seed = ids.bytes(Totp.SECRET_BYTES);
        MfaDevice device = new MfaDevice(serial, accountId, null, null, null, null, checkedTags, clock.instant());
        if (!devices.insert(device, cipher.seal(seed, seedContext(serial)))) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "MFADevice entity at the same path and name already exists.");
        }
        audit.record(IamAudit.success("iam.mfa-device.create", accountId, actor, serial));
        String base32 = Base32.encode(seed);
        return new CreatedMfaDevice(device, base32, Totp.otpauthUri("Gatehouse", accountId + "-" + name, base32));
    }

    /**
     * EnableMFADevice: binds an unassigned device to the user (or, with no user name and a root
     * caller, to the root user) once two consecutive codes prove the user holds the seed.
     */
    @Transactional
    public MfaDevice enable(String accountId, String callerArn, String userName, String serialNumber, String code1,
                            String code2) {
        String first = code(code1, "authenticationCode1");
        String second = code(code2, "authenticationCode2");
        IamInput.serialNumber(serialNumber);
        IamUser owner = users.subject(accountId, callerArn, userName);
        MfaDevice device = inAccount(accountId, serialNumber);
        if (device.assigned()) {
            throw new GatehouseException(IamError.ENTITY_ALREADY_EXISTS, "MFA Device is already in use.");
        }
        List<MfaDevice> current = owner.isRoot() ? devices.forRoot(accountId) : devices.forUser(owner.id());
        if (current.size() >= DEVICES_PER_USER_QUOTA) {
            throw new GatehouseException(IamError.LIMIT_EXCEEDED,
                    "Cannot exceed quota for MFADevicesPerUser: " + DEVICES_PER_USER_QUOTA);
        }
        long lastStep = consecutiveSteps(seed(device), first, second)
                .orElseThrow(() -> new GatehouseException(IamError.INVALID_AUTHENTICATION_CODE,
                        "Authentication code for device is not valid."));
        MfaDevice enabled = new MfaDevice(device.serialNumber(), accountId, owner.isRoot() ? null : owner.id(),
                owner.isRoot() ? accountId : null, clock.instant(), lastStep, device.tags(), device.createdAt());
        devices.assign(enabled.serialNumber(), enabled.userId(), enabled.rootAccountId(), enabled.enabledAt(), lastStep);
        audit.record(IamAudit.success("iam.mfa-device.enable", accountId, callerArn, device.serialNumber() + " " + owner.arn()));
        return enabled;
    }

    @Transactional
    public void deactivate(String accountId, String callerArn, String userName, String serialNumber) {
        IamUser owner = users.subject(accountId, callerArn, userName);
        MfaDevice device = inAccount(accountId, serialNumber);
        if (!ownedBy(device, owner)) {
            throw new GatehouseException(IamError.NO_SUCH_ENTITY,
                    "MFA Device with serial number " + serialNumber + " not found for " + owner.arn() + ".");
        }
        devices.unassign(device.serialNumber());
        audit.record(IamAudit.success("iam.mfa-device.deactivate", accountId, callerArn, device.serialNumber()));
    }

    @Transactional
    public void deleteVirtual(String accountId, String actor, String serialNumber) {
        MfaDevice device = inAccount(accountId, serialNumber);
        if (device.assigned()) {
            throw new GatehouseException(IamError.DELETE_CONFLICT, "MFA Device is in use and cannot be deleted.");
        }
        devices.delete(device.serialNumber());
        audit.record(IamAudit.success("iam.mfa-device.delete", accountId, actor, device.serialNumber()));
    }

    /** ListMFADevices: the devices enabled for the user, or for the caller itself. */
    public List<MfaDevice> listFor(String accountId, String callerArn, String userName) {
        IamUser owner = users.subject(accountId, callerArn, userName);
        return owner.isRoot() ? devices.forRoot(accountId) : devices.forUser(owner.id());
    }

    /** ListVirtualMFADevices: the account's devices by serial number after {@code afterSerial}. */
    public List<MfaDevice> listVirtual(String accountId, AssignmentStatus status, String afterSerial, int limit) {
        return devices.list(accountId, status.assigned(), afterSerial, limit);
    }

    /**
     * Checks a one-time code against the device {@code serialNumber} of the account: accepted only
     * when the device is enabled (assigned), the code belongs to the current time step (one step of
     * drift either way), and no code of that step or a later one was accepted before. A rejected
     * code is audited.
     */
    @Transactional
    public MfaCheck verify(String accountId, String serialNumber, String code) {
        MfaDevice device = devices.find(serialNumber).filter(d -> d.accountId().equals(accountId)).orElse(null);
        if (device == null || !device.assigned()) {
            return rejected(accountId, serialNumber, device);
        }
        long last = device.lastUsedStep() == null ? Totp.NO_STEP_USED : device.lastUsedStep();
        var step = Totp.match(seed(device), code, clock.instant(), last);
        if (step.isEmpty() || !devices.advanceStep(device.serialNumber(), step.getAsLong())) {
            return rejected(accountId, serialNumber, device);
        }
        return new MfaCheck(true, Optional.of(new MfaDevice(device.serialNumber(), accountId, device.userId(),
                device.rootAccountId(), device.enabledAt(), step.getAsLong(), device.tags(), device.createdAt())));
    }

    /**
     * Checks a code against the MFA devices of the user {@code userName}, or of the root user when
     * {@code userName} is null: accepted when any of them accepts it.
     */
    @Transactional
    public MfaCheck verifyForUser(String accountId, String userName, String code) {
        List<MfaDevice> owned = userName == null ? devices.forRoot(accountId)
                : users.find(accountId, userName).map(u -> devices.forUser(u.id())).orElse(List.of());
        for (MfaDevice device : owned) {
            MfaCheck check = verify(accountId, device.serialNumber(), code);
            if (check.accepted()) {
                return check;
            }
        }
        return MfaCheck.rejected(owned.isEmpty() ? null : owned.get(0));
    }

    private MfaCheck rejected(String accountId, String serialNumber, MfaDevice device) {
        audit.recordAlone(AuditEntry.failure("iam.mfa.verify", "InvalidAuthenticationCode").withAccount(accountId)
                .withTarget(serialNumber));
        return MfaCheck.rejected(device);
    }

    /** The last of two codes of consecutive steps t and t+1, with t at most now and no more than 10 steps back. */
    private Optional<Long> consecutiveSteps(byte[] seed, String code1, String code2) {
        long now = Totp.step(clock.instant());
        Long found = null;
        for (long t = now - ENABLE_LOOKBACK_STEPS; t <= now; t++) {
            boolean first = MessageDigest.isEqual(Totp.code(seed, t).getBytes(StandardCharsets.US_ASCII),
                    code1.getBytes(StandardCharsets.US_ASCII));
            boolean second = MessageDigest.isEqual(Totp.code(seed, t + 1).getBytes(StandardCharsets.US_ASCII),
                    code2.getBytes(StandardCharsets.US_ASCII));
            if (first && second) {
                found = t + 1;
            }
        }
        return Optional.ofNullable(found);
    }

    private static String code(String value, String field) {
        IamInput.required(value, field);
        if (!value.matches("\\d{6}")) {
            throw IamInput.violation(field, value, "Member must satisfy regular expression pattern: [\\d]+ of length 6");
        }
        return value;
    }

    private static boolean ownedBy(MfaDevice device, IamUser owner) {
        return owner.isRoot() ? owner.accountId().equals(device.rootAccountId()) : owner.id().equals(device.userId());
    }

    private MfaDevice inAccount(String accountId, String serialNumber) {
        IamInput.serialNumber(serialNumber);
        return devices.find(serialNumber).filter(d -> d.accountId().equals(accountId))
                .orElseThrow(() -> new GatehouseException(IamError.NO_SUCH_ENTITY,
                        "VirtualMFADevice with serial number " + serialNumber + " doesn't exist."));
    }

    private byte[] seed(MfaDevice device) {
        return cipher.open(devices.sealedSeed(device.serialNumber()), seedContext(device.serialNumber()));
    }

    static String seedContext(String serialNumber) {
        return "mfa-seed:" + serialNumber;
    }
}
