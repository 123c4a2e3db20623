package io.gatehouse.oidc.web;

import io.gatehouse.audit.AuditEntry;
import io.gatehouse.audit.AuditLog;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one writer of hosted error pages: renders {@link PageException}s as HTML with their status
 * and records the ones worth auditing, in their own transaction (the request's own work, if any,
 * is rolled back).
 */
public class ErrorPageMapper {

    private final HtmlPages pages;
    private final AuditLog audit;

    public ErrorPageMapper(HtmlPages pages, AuditLog audit) {
        this.pages = pages;
        this.audit = audit;
    }

    @ServerExceptionMapper
    public Response map(PageException e) {
        PageError error = e.error();
        if (error.auditAction() != null) {
            audit.recordAlone(AuditEntry.failure(error.auditAction(), error.name().toLowerCase(Locale.ROOT))
                    .withPool(e.poolId()).withActor(e.clientId()));
        }
        return pages.error(error).build();
    }
}
