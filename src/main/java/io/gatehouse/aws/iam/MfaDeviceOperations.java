package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.CreatedMfaDevice;
import io.gatehouse.iam.AssignmentStatus;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
import io.gatehouse.iam.MfaDevice;
import io.gatehouse.iam.MfaDeviceService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * IAM's virtual MFA device calls: CreateVirtualMFADevice, EnableMFADevice, DeactivateMFADevice,
 * DeleteVirtualMFADevice, ListMFADevices and ListVirtualMFADevices. {@code Base32StringSeed} is a
 * blob on the wire (base64 of the Base32 text); {@code QRCodePNG} is not returned, since Gatehouse
 * has no PNG QR encoder: the native API returns the {@code otpauth://} URI instead.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html">CreateVirtualMFADevice</a>
 */
@ApplicationScoped
public class MfaDeviceOperations implements QueryOperations {

    private final MfaDeviceService devices;
    private final IamUserService users;

    public MfaDeviceOperations(MfaDeviceService devices, IamUserService users) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateVirtualMFADevice", this::createVirtualMfaDevice),
                Iam.operation("EnableMFADevice", this::enableMfaDevice),
                Iam.operation("DeactivateMFADevice", this::deactivateMfaDevice),
                Iam.operation("DeleteVirtualMFADevice", this::deleteVirtualMfaDevice),
                Iam.operation("ListMFADevices", this::listMfaDevices),
                Iam.operation("ListVirtualMFADevices", this::listVirtualMfaDevices));
    }

    QueryResult createVirtualMfaDevice(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        CreatedMfaDevice created = devices.createVirtual(caller.accountId(), caller.principalArn(),
                in.requiredString("VirtualMFADeviceName"), in.string("Path"), in.tags("Tags"));
        return QueryResult.of().add("VirtualMFADevice", QueryResult.of()
                .add("SerialNumber", created.device().serialNumber())
                .add("Base32StringSeed", Base64.getEncoder().encodeToString(
                        created.base32StringSeed().getBytes(StandardCharsets.US_ASCII))));
    }

    QueryResult enableMfaDevice(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        devices.enable(caller.accountId(), caller.principalArn(), in.string("UserName"),
                in.requiredString("SerialNumber"), in.requiredString("AuthenticationCode1"),
                in.requiredString("AuthenticationCode2"));
        return QueryResult.none();
    }

    QueryResult deactivateMfaDevice(QueryCall call) {
        Caller caller = call.caller();
        devices.deactivate(caller.accountId(), caller.principalArn(), call.input().string("UserName"),
                call.input().requiredString("SerialNumber"));
        return QueryResult.none();
    }

    QueryResult deleteVirtualMfaDevice(QueryCall call) {
        Caller caller = call.caller();
        devices.deleteVirtual(caller.accountId(), caller.principalArn(), call.input().requiredString("SerialNumber"));
        return QueryResult.none();
    }

    QueryResult listMfaDevices(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        Caller caller = call.caller();
        String userName = call.input().string("UserName");
        IamUser owner = users.subject(caller.accountId(), caller.principalArn(), userName);
        return paging.writeAll(QueryResult.of(), "MFADevices",
                devices.listFor(caller.accountId(), caller.principalArn(), userName), MfaDevice::serialNumber,
                d -> QueryResult.of().add("UserName", owner.name()).add("SerialNumber", d.serialNumber())
                        .add("EnableDate", d.enabledAt()));
    }

    QueryResult listVirtualMfaDevices(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        AssignmentStatus status = AssignmentStatus.parse(call.input().string("AssignmentStatus"));
        return paging.write(QueryResult.of(), "VirtualMFADevices", devices.listVirtual(call.caller().accountId(),
                        status, paging.afterKey(), paging.fetchSize()), MfaDevice::serialNumber, this::virtualDevice);
    }

    private QueryResult virtualDevice(MfaDevice device) {
        QueryResult result = QueryResult.of().add("SerialNumber", device.serialNumber());
        if (device.userId() != null) {
            users.findById(device.userId()).ifPresent(u -> result.add("User", IamShapes.user(u, false)));
        }
        result.add("EnableDate", device.enabledAt());
        if (!device.tags().isEmpty()) {
            result.addTags("Tags", device.tags());
        }
        return result;
    }
}
