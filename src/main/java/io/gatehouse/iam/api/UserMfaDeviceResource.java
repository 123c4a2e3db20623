package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.MfaDevice;
import io.gatehouse.iam.MfaDeviceService;
import io.quarkus.resteasy.reactive.jackson.CustomDeserialization;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The MFA devices enabled for an IAM user ({@code /api/v1/iam/users/{name}/mfa-devices}):
 * ListMFADevices, EnableMFADevice (two consecutive codes) and DeactivateMFADevice.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_EnableMFADevice.html">EnableMFADevice</a>
 */
@Path("/api/v1/iam/users/{name}/mfa-devices")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM MFA devices")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class UserMfaDeviceResource {

    private final MfaDeviceService devices;
    private final CallerContext callers;

    public UserMfaDeviceResource(MfaDeviceService devices, CallerContext callers) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:ListMFADevices", resource = "arn:aws:iam::{account}:user/{name}")
    @GET
    @Operation(summary = "List the MFA devices enabled for a user")
    @APIResponse(responseCode = "200", description = "The devices; nextCursor is absent")
    public Page<IamViews.Mfa> list(@PathParam("name") String name) {
        Caller caller = callers.require();
        return new Page<>(devices.listFor(caller.accountId(), caller.principalArn(), name).stream()
                .map(d -> IamViews.Mfa.of(d, name)).toList(), null);
    }

    @Authorize(action = "iam:EnableMFADevice", resource = "arn:aws:iam::{account}:user/{name}")
    @POST
    @Operation(summary = "Enable a virtual MFA device for a user",
            description = "authenticationCode1 and authenticationCode2 are two consecutive codes of the device; "
                    + "InvalidAuthenticationCode (403) otherwise")
    @APIResponse(responseCode = "200", description = "The enabled device")
    @Consumes(MediaType.APPLICATION_JSON)
    public IamViews.Mfa enable(@PathParam("name") String name, IamRequests.EnableMfaDevice body) {
        IamRequests.EnableMfaDevice request = RequestInput.body(body);
        Caller caller = callers.require();
        MfaDevice device = devices.enable(caller.accountId(), caller.principalArn(), name, request.serialNumber(),
                request.authenticationCode1(), request.authenticationCode2());
        return IamViews.Mfa.of(device, name);
    }

    @Authorize(action = "iam:DeactivateMFADevice", resource = "arn:aws:iam::{account}:user/{name}")
    @DELETE
    @Path("/{serialNumber: .+}")
    @Operation(summary = "Deactivate an MFA device", description = "It becomes unassigned and can be enabled again or deleted")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public void deactivate(@PathParam("name") String name, @PathParam("serialNumber") String serialNumber) {
        Caller caller = callers.require();
        devices.deactivate(caller.accountId(), caller.principalArn(), name, serialNumber);
    }
}
