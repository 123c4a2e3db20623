package io.gatehouse.authorize;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.RequestAuthenticator;
import io.gatehouse.auth.sigv4.SigV4Exception;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AuthorizationMessages;
import io.gatehouse.iam.AuthorizationRequest;
import io.gatehouse.iam.Authorizer;
import io.gatehouse.iam.DecidingStatement;
import io.gatehouse.iam.Evaluation;
import io.gatehouse.iam.policy.Decision;
import io.gatehouse.iam.policy.Outcome;
import io.gatehouse.platform.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * Answers resource servers that are not AWS whether their caller may do something
 * ({@code POST /api/v1/authorize}): authenticates the caller from its proof (a SigV4 signature over
 * the request it sent the resource server, checked with its live credentials, scoped to the
 * resource server's service and this deployment's region; a console session token; or a user-pool
 * ID token, as a session of its preferred role, see {@link WebIdentitySubjects}), applies
 * the tenant rule, then lets the policy engine decide with the caller's policies, its session's
 * policies and the SCPs of its organization, as for any Gatehouse call.
 *
 * <p>Tenant rule: a resource server answers for its own account. A caller of another account is
 * denied ({@code PrincipalInAnotherAccount}) without evaluating its policies, so a resource server
 * never learns what another account's principals may do; cross-account access would need resource
 * policies, which resource servers do not have here.
 */
@ApplicationScoped
public class ResourceServerAuthorizer {

    /** The audit action of a caller proof that failed. */
    static final String AUDIT_ACTION = "authorize.authenticate-subject";

    private final RequestAuthenticator authenticator;
    private final Authorizer authorizer;
    private final AuthorizationMessages messages;
    private final PlatformConfig platform;
    private final WebIdentitySubjects webIdentities;

    public ResourceServerAuthorizer(RequestAuthenticator authenticator, Authorizer authorizer,
                                    AuthorizationMessages messages, PlatformConfig platform,
                                    WebIdentitySubjects webIdentities) {
        this.webIdentities = Objects.requireNonNull(webIdentities, "webIdentities");
        this.authenticator = Objects.requireNonNull(authenticator, "authenticator");
        this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The answer for {@code resourceServer}, the authenticated caller of {@code /api/v1/authorize}. */
    public AuthorizationAnswer answer(Caller resourceServer, AuthorizationQuestion question) {
        Caller subject;
        try {
            subject = authenticate(resourceServer, question.subject());
        } catch (SigV4Exception e) {
            return AuthorizationAnswer.unauthenticated(e.failure().awsName(), e.getMessage());
        } catch (GatehouseException e) {
            if (!isWebIdentityToken(question.subject())) {
                throw e;
            }
            return AuthorizationAnswer.unauthenticated(e.code().awsName(), e.getMessage());
        }
        if (!subject.accountId().equals(resourceServer.accountId())) {
            return new AuthorizationAnswer(true, false, subject, "PrincipalInAnotherAccount",
                    "The caller belongs to account " + subject.accountId() + ", not to the resource server's account",
                    List.of(), null);
        }
        AuthorizationRequest request = new AuthorizationRequest(subject, question.action(), question.resource(), null,
                question.context().requestKeys());
        Evaluation evaluation = authorizer.evaluate(request, question.context().facts(platform.region()));
        return answer(subject, request, evaluation);
    }

    private AuthorizationAnswer answer(Caller subject, AuthorizationRequest request, Evaluation evaluation) {
        Decision decision = evaluation.decision();
        List<DecidingStatement> statements = DecidingStatement.of(decision);
        if (decision.allowed()) {
            return new AuthorizationAnswer(true, true, subject, "Allowed", "Allowed by "
                    + statements.size() + " statement(s)", statements, null);
        }
        String reason = decision.outcome() == Outcome.EXPLICIT_DENY ? "ExplicitDeny" : "ImplicitDeny";
        return new AuthorizationAnswer(true, false, subject, reason,
                decision.denialMessage(subject.principalArn(), request.action(), request.resource()), statements,
                messages.encode(subject, evaluation.context(), decision));
    }

    /** Only a refused web identity token is the caller's failure; any other error stays an error. */
    private static boolean isWebIdentityToken(SubjectProof proof) {
        return proof instanceof SubjectProof.Bearer bearer && WebIdentitySubjects.isJwt(bearer.token());
    }

    private Caller authenticate(Caller resourceServer, SubjectProof proof) {
        if (proof instanceof SubjectProof.Signed signed) {
            DescribedRequest described = signed.request();
            return authenticator.authenticateDescribed(described.toSignedRequest(), described.bodySha256(),
                    described.service(), AUDIT_ACTION, described.method() + " " + described.path());
        }
        String token = ((SubjectProof.Bearer) proof).token();
        if (isWebIdentityToken(proof)) {
            return webIdentities.authenticate(resourceServer.accountId(), token, AUDIT_ACTION);
        }
        return authenticator.authenticateBearer(token, AUDIT_ACTION, "bearer");
    }
}
