package io.gatehouse.audit.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.audit.AuditStore;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit trail of the caller's account ({@code /api/v1/audit-events}), newest first, the
 * native counterpart of CloudTrail's LookupEvents. Every filter is optional and they combine with AND.
 *
 * @see <a href="https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_LookupEvents.html">LookupEvents</a>
 */
@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when, from where, with which outcome")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
public class AuditEventResource {

    private final AuditStore store;
    private final CallerContext callers;

    public AuditEventResource(AuditStore store, CallerContext callers) {
        this.store = Objects.requireNonNull(store, "store");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "gatehouse:ListAuditEvents")
    @GET
    @Operation(summary = "List audit events", description = "Newest first; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of events and the cursor of the next")
    public Page<AuditEventView> list(
            @Parameter(description = "Only events of this user pool") @QueryParam("poolId") String poolId,
            @Parameter(description = "Only this action, e.g. user.create") @QueryParam("action") String action,
            @Parameter(description = "Only this actor ARN") @QueryParam("actor") String actor,
            @Parameter(description = "SUCCESS or FAILURE") @QueryParam("outcome") String outcome,
            @Parameter(description = "Inclusive start, ISO-8601, e.g. 2025-01-31T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Exclusive end, ISO-8601") @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        AuditStore.AuditQuery query = new AuditFilter(poolId, action, actor, outcome, from, to)
                .toQuery(callers.require().accountId());
        return page.page(store.query(query, beforeId(page), page.fetchSize()),
                event -> Long.toString(event.id()), AuditEventView::of);
    }

    /** Events are listed by descending id, so the cursor holds the last id shown. */
    private static Long beforeId(PageRequest page) {
        if (page.afterKey() == null) {
            return null;
        }
        try {
            return Long.parseLong(page.afterKey());
        } catch (NumberFormatException e) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid pagination cursor");
        }
    }
}
