package io.gatehouse.iam.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.api.RequestInput;
import io.gatehouse.api.StrictJson;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.Page;
import io.gatehouse.iam.AssignmentStatus;
import io.gatehouse.iam.IamUser;
import io.gatehouse.iam.IamUserService;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The account's virtual MFA devices ({@code /api/v1/iam/mfa-devices}): CreateVirtualMFADevice,
 * ListVirtualMFADevices and DeleteVirtualMFADevice. A device's serial number is an ARN and is
 * given in the path as is, slashes included ({@code /api/v1/iam/mfa-devices/arn:aws:iam::000000000000:mfa/phone}).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateVirtualMFADevice.html">CreateVirtualMFADevice</a>
 */
@Path("/api/v1/iam/mfa-devices")
@Produces(MediaType.APPLICATION_JSON)
@CustomDeserialization(StrictJson.class)
@Tag(name = "IAM MFA devices", description = "Virtual (TOTP) MFA devices")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class MfaDeviceResource {

    private final MfaDeviceService devices;
    private final IamUserService users;
    private final CallerContext callers;

    public MfaDeviceResource(MfaDeviceService devices, IamUserService users, CallerContext callers) {
        this.devices = Objects.requireNonNull(devices, "devices");
        this.users = Objects.requireNonNull(users, "users");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "iam:CreateVirtualMFADevice", resource = "arn:aws:iam::{account}:mfa/*")
    @POST
    @Operation(summary = "Create a virtual MFA device", description = "The seed is in this response only")
    @APIResponse(responseCode = "201", description = "The device's serial number and seed")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    @Consumes(MediaType.APPLICATION_JSON)
    public RestResponse<IamViews.CreatedMfa> create(IamRequests.CreateMfaDevice body) {
        IamRequests.CreateMfaDevice request = RequestInput.body(body);
        Caller caller = callers.require();
        return RestResponse.status(RestResponse.Status.CREATED, IamViews.CreatedMfa.of(devices.createVirtual(
                caller.accountId(), caller.principalArn(), request.name(), request.path(), request.tags())));
    }

    @Authorize(action = "iam:ListVirtualMFADevices")
    @GET
    @Operation(summary = "List virtual MFA devices", description = "assignmentStatus Assigned, Unassigned or Any "
            + "(default); ordered by serial number; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of devices and the cursor of the next")
    public Page<IamViews.Mfa> list(@QueryParam("assignmentStatus") String assignmentStatus,
                                   @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        String accountId = callers.require().accountId();
        AssignmentStatus status = AssignmentStatus.parse(assignmentStatus);
        return page.page(devices.listVirtual(accountId, status, page.afterKey(), page.fetchSize()),
                MfaDevice::serialNumber, d -> IamViews.Mfa.of(d, userName(d)));
    }

    @Authorize(action = "iam:DeleteVirtualMFADevice", resource = "{serialNumber}")
    @DELETE
    @Path("/{serialNumber: .+}")
    @Operation(summary = "Delete a virtual MFA device", description = "DeleteConflict (409) while it is enabled")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", ref = GatehouseApi.CONFLICT)
    public void delete(@PathParam("serialNumber") String serialNumber) {
        Caller caller = callers.require();
        devices.deleteVirtual(caller.accountId(), caller.principalArn(), serialNumber);
    }

    private String userName(MfaDevice device) {
        return device.userId() == null ? null : users.findById(device.userId()).map(IamUser::name).orElse(null);
    }
}
