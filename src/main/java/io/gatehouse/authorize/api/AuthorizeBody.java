package io.gatehouse.authorize.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.gatehouse.auth.sigv4.QueryString;
import io.gatehouse.authorize.AuthorizationQuestion;
import io.gatehouse.authorize.ConditionContext;
import io.gatehouse.authorize.DescribedRequest;
import io.gatehouse.authorize.SubjectProof;
import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/v1/authorize}: exactly one of {@code request} (the caller's
 * SigV4-signed request as the resource server received it) or {@code bearer} (a session token or a
 * user-pool ID token), plus the action, resource and condition context to decide.
 */
record AuthorizeBody(SignedRequestBody request,
                     @Schema(description = "A Gatehouse session token (console sign-in or STS), or a user-pool ID token "
                             + "evaluated as a session of its cognito:preferred_role")
                     String bearer,
                     @Schema(example = "orders:GetOrder") String action,
                     @Schema(example = "arn:aws:orders:us-east-1:000000000000:order/42") String resource,
                     @Schema(description = "Condition keys: a string or a list of strings each",
                             example = "{\"aws:SourceIp\":\"203.0.113.9\",\"orders:Channel\":[\"web\"]}")
                     Map<String, JsonNode> context) {

    /** The caller's request: {@code query} is the raw query string or a map of parameter to values. */
    record SignedRequestBody(@Schema(example = "GET") String method,
                             @Schema(example = "/orders/42") String path,
                             @Schema(description = "The raw query string as received, or an object of decoded "
                                     + "parameter names to a string or a list of strings") JsonNode query,
                             @Schema(example = "{\"host\":[\"orders.example.com\"],"
                                     + "\"x-amz-date\":[\"20261128T101500Z\"],"
                                     + "\"authorization\":[\"AWS4-HMAC-SHA256 Credential=...\"]}")
                             Map<String, List<String>> headers,
                             @Schema(example = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                             String bodySha256,
                             @Schema(example = "orders") String service) {
    }

    AuthorizationQuestion question() {
        if ((request == null) == (bearer == null)) {
            throw invalid("Give exactly one of 'request' (a SigV4-signed request) or 'bearer' (a session token)");
        }
        SubjectProof subject = request != null ? new SubjectProof.Signed(described(request))
                : new SubjectProof.Bearer(bearer);
        return new AuthorizationQuestion(subject, action, resource, new ConditionContext(strings(context, "context")));
    }

    private static DescribedRequest described(SignedRequestBody r) {
        Map<String, List<String>> query;
        if (r.query() == null || r.query().isNull()) {
            query = Map.of();
        } else if (r.query().isTextual()) {
            query = parse(r.query().asText());
        } else if (r.query().isObject()) {
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            r.query().fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue()));
            query = strings(fields, "request.query");
        } else {
            throw invalid("request.query must be a string or an object");
        }
        return new DescribedRequest(r.method(), r.path(), query, r.headers(), r.bodySha256(), r.service());
    }

    private static Map<String, List<String>> parse(String raw) {
        try {
            return QueryString.parse(raw.startsWith("?") ? raw.substring(1) : raw);
        } catch (IllegalArgumentException e) {
            throw invalid("request.query is not a valid query string");
        }
    }

    /** Each value a string or a non-empty list of strings. */
    private static Map<String, List<String>> strings(Map<String, JsonNode> entries, String field) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (entries == null) {
            return out;
        }
        entries.forEach((name, value) -> {
            List<String> values = new ArrayList<>();
            if (value != null && value.isTextual()) {
                values.add(value.asText());
            } else if (value != null && value.isArray()) {
                value.forEach(item -> {
                    if (!item.isTextual()) {
                        throw invalid(field + "." + name + " must be a string or a list of strings");
                    }
                    values.add(item.asText());
                });
            } else {
                throw invalid(field + "." + name + " must be a string or a list of strings");
            }
            out.put(name, values);
        });
        return out;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, message);
    }
}
