package io.gatehouse.authorize;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a resource server asks: may the caller who proved itself with {@code subject} perform
 * {@code action} ({@code orders:GetOrder}) on {@code resource} (an ARN or {@code *}) in
 * {@code context}?
 */
public record AuthorizationQuestion(SubjectProof subject, String action, String resource, ConditionContext context) {

    static final int MAX_RESOURCE = 2048;
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9-]{1,64}:[A-Za-z0-9]{1,128}");

    public AuthorizationQuestion {
        Objects.requireNonNull(subject, "subject");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw invalid("action must be 'service:Action', e.g. orders:GetOrder (no wildcards)");
        }
        if (resource == null || !(resource.equals("*") || resource.startsWith("arn:"))
                || resource.length() > MAX_RESOURCE || resource.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw invalid("resource must be '*' or an ARN of at most " + MAX_RESOURCE + " printable characters");
        }
        context = context == null ? new ConditionContext(null) : context;
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(CommonError.INVALID_PARAMETER, message);
    }
}
