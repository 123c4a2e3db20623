package io.gatehouse.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.CallerSession;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.iam.policy.RequestContext;
import io.gatehouse.iam.policy.RequestPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Fills the global condition keys AWS sets on every request from the caller, its session and the
 * HTTP request. Keys AWS leaves out are left out: {@code aws:MultiFactorAuthPresent} and
 * {@code aws:TokenIssueTime} exist only for temporary credentials, {@code aws:username} only for
 * IAM users, {@code aws:SourceIp} only when the request has a client address.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html">AWS global condition context keys</a>
 */
final class RequestKeys {

    private RequestKeys() {
    }

    /** The request's principal and condition context; {@code origin} describes the HTTP request. */
    static RequestContext.Builder of(Caller caller, Map<String, String> principalTags, String organizationId,
                                     RequestFacts origin, Instant now) {
        RequestContext.Builder context = ofRequest(principal(caller), origin, now);
        context.put("aws:PrincipalArn", principalArn(caller));
        context.put("aws:PrincipalAccount", caller.accountId());
        context.put("aws:PrincipalType", principalType(caller.type()));
        context.put("aws:userid", caller.userId());
        caller.userName().ifPresent(name -> context.put("aws:username", name));
        putIfPresent(context, "aws:PrincipalOrgID", organizationId);
        principalTags.forEach((key, value) -> context.put("aws:PrincipalTag/" + key, value));
        caller.temporarySession().ifPresent(session -> putSession(context, session, now));
        return context;
    }

    /** The keys every request has whoever makes it: time, transport, region, client address and agent. */
    static RequestContext.Builder ofRequest(RequestPrincipal principal, RequestFacts origin, Instant now) {
        RequestContext.Builder context = RequestContext.builder().principal(principal);
        context.put("aws:CurrentTime", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        context.put("aws:EpochTime", Long.toString(now.getEpochSecond()));
        context.put("aws:SecureTransport", Boolean.toString(origin.secure()));
        context.put("aws:RequestedRegion", origin.region());
        putIfPresent(context, "aws:SourceIp", origin.sourceIp());
        putIfPresent(context, "aws:UserAgent", origin.userAgent());
        return context;
    }

    private static void putSession(RequestContext.Builder context, CallerSession session, Instant now) {
        context.put("aws:TokenIssueTime", DateTimeFormatter.ISO_INSTANT.format(session.issuedAt()));
        context.put("aws:MultiFactorAuthPresent", Boolean.toString(session.multiFactor()));
        putIfPresent(context, "aws:SourceIdentity", session.sourceIdentity());
        if (session.multiFactor()) {
            long age = Duration.between(session.mfaAuthenticatedAt(), now).toSeconds();
            context.put("aws:MultiFactorAuthAge", Long.toString(Math.max(0, age)));
        }
    }

    /** The principal as Principal elements match it: a role session stands for its role. */
    private static RequestPrincipal principal(Caller caller) {
        return new RequestPrincipal("AWS", caller.principalArn(), caller.accountId(), principalArn(caller));
    }

    /** {@code aws:PrincipalArn}: for a role session, the role's ARN rather than the session's. */
    static String principalArn(Caller caller) {
        return caller.temporarySession().map(CallerSession::roleArn).filter(arn -> arn != null)
                .orElse(caller.principalArn());
    }

    private static String principalType(PrincipalType type) {
        return switch (type) {
            case ROOT -> "Account";
            case USER -> "User";
            case ASSUMED_ROLE -> "AssumedRole";
            case FEDERATED_USER -> "FederatedUser";
        };
    }

    private static void putIfPresent(RequestContext.Builder context, String key, String value) {
        if (value != null && !value.isEmpty()) {
            context.put(key, List.of(value));
        }
    }
}
