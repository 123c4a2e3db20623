package io.gatehouse.iam;

/**
 * A new virtual MFA device with its seed, shown once: Base32 (as CreateVirtualMFADevice's
 * {@code Base32StringSeed}) and as the {@code otpauth://} URI an authenticator app scans.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html">CreateVirtualMFADevice</a>
 */
public record CreatedMfaDevice(MfaDevice device, String base32StringSeed, String otpauthUri) {

    @Override
    public String toString() {
        return "CreatedMfaDevice[" + device.serialNumber() + "]";
    }
}
