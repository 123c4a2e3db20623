package io.gatehouse.audit.api;

import io.gatehouse.audit.AuditEvent;
import io.gatehouse.audit.AuditStore.AuditQuery;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The query parameters of {@code GET /api/v1/audit-events}, parsed and checked. The account is
 * never a parameter: it is always the caller's, so one tenant cannot read another's trail.
 */
record AuditFilter(String poolId, String action, String actor, String outcome, String from, String to) {

    AuditQuery toQuery(String accountId) {
        Instant start = instant(from, "from");
        Instant end = instant(to, "to");
        if (start != null && end != null && !start.isBefore(end)) {
            throw invalid("from must be before to");
        }
        return new AuditQuery(accountId, blankToNull(poolId), blankToNull(action), blankToNull(actor), parsedOutcome(),
                start, end);
    }

    private AuditEvent.Outcome parsedOutcome() {
        String value = blankToNull(outcome);
        if (value == null) {
            return null;
        }
        try {
            return AuditEvent.Outcome.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("outcome must be SUCCESS or FAILURE");
        }
    }

    private static Instant instant(String value, String name) {
        String raw = blankToNull(value);
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw invalid(name + " must be an ISO-8601 instant such as 2025-01-31T12:00:00Z");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, message);
    }
}
