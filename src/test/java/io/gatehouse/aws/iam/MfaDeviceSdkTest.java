package io.gatehouse.aws.iam;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.account.TestAccounts;
import io.gatehouse.iam.MfaDeviceService;
import io.gatehouse.testing.AuthenticatorApp;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.QueryClients;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AssignmentStatusType;
import software.amazon.awssdk.services.iam.model.InvalidAuthenticationCodeException;
import software.amazon.awssdk.services.iam.model.SummaryKeyType;
import software.amazon.awssdk.services.iam.model.VirtualMFADevice;

/** Virtual MFA devices through the real SDK: create, enable with two codes, list, deactivate, delete. */
@GatehouseTest
class MfaDeviceSdkTest {

    @Inject
    MfaDeviceService mfa;

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void enableMfaDeviceWhenConsecutiveCodesThenAssignedToUser() {
        String user = unique("mfa");
        String deviceName = unique("phone");
        try (IamClient iam = QueryClients.iam()) {
            iam.createUser(r -> r.userName(user));
            VirtualMFADevice device = iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(deviceName)).virtualMFADevice();
            assertThat(device.serialNumber()).isEqualTo("arn:aws:iam::000000000000:mfa/" + deviceName);
            String seed = device.base32StringSeed().asString(StandardCharsets.US_ASCII);
            assertThat(seed).matches("[A-Z2-7]{32}");
            AuthenticatorApp app = new AuthenticatorApp(seed);
            Instant now = Instant.now();

            var wrong = assertAwsError(() -> iam.enableMFADevice(r -> r.userName(user).serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, 0)).authenticationCode2(app.code(now, -1))),
                    "InvalidAuthenticationCode", 403);
            assertThat(wrong).isInstanceOf(InvalidAuthenticationCodeException.class);
            iam.enableMFADevice(r -> r.userName(user).serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));

            assertThat(iam.listMFADevices(r -> r.userName(user)).mfaDevices()).singleElement().satisfies(d -> {
                assertThat(d.serialNumber()).isEqualTo(device.serialNumber());
                assertThat(d.userName()).isEqualTo(user);
                assertThat(d.enableDate()).isNotNull();
            });
            assertThat(iam.listVirtualMFADevices(r -> r.assignmentStatus(AssignmentStatusType.ASSIGNED).maxItems(1000))
                    .virtualMFADevices()).filteredOn(v -> v.serialNumber().equals(device.serialNumber()))
                    .singleElement().satisfies(v -> assertThat(v.user().userName()).isEqualTo(user));
            assertAwsError(() -> iam.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber())),
                    "DeleteConflict", 409);

            iam.deactivateMFADevice(r -> r.userName(user).serialNumber(device.serialNumber()));
            assertThat(iam.listMFADevices(r -> r.userName(user)).mfaDevices()).isEmpty();
            assertThat(iam.listVirtualMFADevices(r -> r.assignmentStatus(AssignmentStatusType.UNASSIGNED).maxItems(1000))
                    .virtualMFADevices()).extracting(VirtualMFADevice::serialNumber).contains(device.serialNumber());
            iam.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber()));
            assertAwsError(() -> iam.deleteVirtualMFADevice(r -> r.serialNumber(device.serialNumber())),
                    "NoSuchEntity", 404);
        }
    }

    @Test
    void enableMfaDeviceWhenRootWithoutUserNameThenAccountMfaEnabledAndCodesVerify() {
        TestAccounts.root("888899990000", "AKIASDKMFAROOTKEY001", "sdk-mfa-root-secret-00000000000000000000");
        try (IamClient root = QueryClients.iamAs("AKIASDKMFAROOTKEY001", "sdk-mfa-root-secret-00000000000000000000")) {
            VirtualMFADevice device = root.createVirtualMFADevice(r -> r.virtualMFADeviceName("root-mfa")).virtualMFADevice();
            AuthenticatorApp app = new AuthenticatorApp(device.base32StringSeed().asString(StandardCharsets.US_ASCII));
            Instant now = Instant.now();
            root.enableMFADevice(r -> r.serialNumber(device.serialNumber())
                    .authenticationCode1(app.code(now, -1)).authenticationCode2(app.code(now, 0)));

            assertThat(root.listMFADevices().mfaDevices()).extracting(d -> d.serialNumber())
                    .containsExactly(device.serialNumber());
            assertThat(root.getAccountSummary().summaryMap()).containsEntry(SummaryKeyType.ACCOUNT_MFA_ENABLED, 1);
            assertThat(mfa.verifyForUser("888899990000", null, app.code(now, 1)).accepted()).isTrue();
            assertThat(mfa.verifyForUser("888899990000", null, app.code(now, 1)).accepted()).isFalse();
            root.deactivateMFADevice(r -> r.serialNumber(device.serialNumber()));
            assertThat(root.getAccountSummary().summaryMap()).containsEntry(SummaryKeyType.ACCOUNT_MFA_ENABLED, 0);
        }
    }

    @Test
    void createVirtualMfaDeviceWhenDuplicateOrInvalidThenIamErrors() {
        String deviceName = unique("dup");
        try (IamClient iam = QueryClients.iam()) {
            iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(deviceName));
            assertAwsError(() -> iam.createVirtualMFADevice(r -> r.virtualMFADeviceName(deviceName)),
                    "EntityAlreadyExists", 409);
            assertAwsError(() -> iam.createVirtualMFADevice(r -> r.virtualMFADeviceName("bad name")),
                    "ValidationError", 400);
            assertAwsError(() -> iam.enableMFADevice(r -> r.userName("nobody-" + deviceName)
                    .serialNumber("arn:aws:iam::000000000000:mfa/" + deviceName)
                    .authenticationCode1("12a456").authenticationCode2("123456")), "ValidationError", 400);
        }
    }
}
