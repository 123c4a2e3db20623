package io.gatehouse.mail.api;

import io.gatehouse.api.GatehouseApi;
import io.gatehouse.api.PageRequest;
import io.gatehouse.auth.Authorize;
import io.gatehouse.auth.CallerContext;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.core.Page;
import io.gatehouse.mail.MailError;
import io.gatehouse.mail.OutboxMessage;
import io.gatehouse.mail.OutboxStore;
import io.gatehouse.userpool.UserPoolService;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dev outbox of a pool ({@code /api/v1/user-pools/{poolId}/outbox}): e-mail that was not
 * delivered because no SMTP server is configured, newest first, so a developer can read the codes
 * a flow sent. Empty when SMTP is configured. Cognito has no counterpart; the pool must belong
 * to the caller's account.
 */
@Path("/api/v1/user-pools/{poolId}/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail outbox", description = "E-mail kept instead of sent when no SMTP server is configured (development)")
@SecurityRequirement(name = GatehouseApi.SIGV4)
@APIResponse(responseCode = "400", ref = GatehouseApi.BAD_REQUEST)
@APIResponse(responseCode = "401", ref = GatehouseApi.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = GatehouseApi.FORBIDDEN)
@APIResponse(responseCode = "404", ref = GatehouseApi.NOT_FOUND)
public class OutboxResource {

    /** Separates creation time and id in the cursor key; an ISO-8601 instant never contains it. */
    private static final String KEY_SEPARATOR = "|";

    private final OutboxStore outbox;
    private final UserPoolService pools;
    private final CallerContext callers;

    public OutboxResource(OutboxStore outbox, UserPoolService pools, CallerContext callers) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.pools = Objects.requireNonNull(pools, "pools");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    @Authorize(action = "gatehouse:ListOutboxMessages", resource = Authorize.USER_POOL)
    @GET
    @Operation(summary = "List the pool's outbox", description = "Newest first; limit 1 to 60 (default 50)")
    @APIResponse(responseCode = "200", description = "One page of messages and the cursor of the next")
    public Page<OutboxMessageView> list(@PathParam("poolId") String poolId, @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.parse(limit, cursor);
        requireOwnPool(poolId);
        return page.page(outbox.list(poolId, position(page), page.fetchSize()), OutboxResource::key,
                OutboxMessageView::of);
    }

    @Authorize(action = "gatehouse:GetOutboxMessage", resource = Authorize.USER_POOL)
    @GET
    @Path("/{messageId}")
    @Operation(summary = "Read one outbox message")
    @APIResponse(responseCode = "200", description = "The message")
    public OutboxMessageView get(@PathParam("poolId") String poolId, @PathParam("messageId") String messageId) {
        requireOwnPool(poolId);
        return messageId(messageId).flatMap(id -> outbox.find(poolId, id)).map(OutboxMessageView::of)
                .orElseThrow(() -> new GatehouseException(MailError.MESSAGE_NOT_FOUND,
                        "No such message in the outbox of user pool " + poolId));
    }

    /** Throws not found for an unknown pool and for a pool of another account alike. */
    private void requireOwnPool(String poolId) {
        pools.get(callers.require().accountId(), poolId);
    }

    private static Optional<UUID> messageId(String value) {
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String key(OutboxMessage message) {
        return message.createdAt() + KEY_SEPARATOR + message.id();
    }

    private static OutboxStore.Position position(PageRequest page) {
        if (page.afterKey() == null) {
            return null;
        }
        int separator = page.afterKey().indexOf(KEY_SEPARATOR);
        try {
            return new OutboxStore.Position(Instant.parse(page.afterKey().substring(0, separator)),
                    UUID.fromString(page.afterKey().substring(separator + 1)));
        } catch (DateTimeParseException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new GatehouseException(CommonError.INVALID_PARAMETER, "Invalid pagination cursor");
        }
    }
}
