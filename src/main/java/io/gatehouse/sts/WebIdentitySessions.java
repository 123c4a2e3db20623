package io.gatehouse.sts;

import io.gatehouse.core.GatehouseException;
import io.gatehouse.webidentity.WebIdentity;
import io.gatehouse.webidentity.WebIdentityConditionKeys;
import io.gatehouse.webidentity.WebIdentityVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AssumeRoleWithWebIdentity: verifies the ID token against the IAM OpenID Connect providers of the
 * role's account (the account in {@code RoleArn}), turns it into the federated principal the trust
 * policy sees ({@code "Federated": "<provider ARN>"}, or the Cognito-style alias of a Gatehouse user
 * pool, with the {@code <provider>:aud}, {@code :sub}, {@code :amr} keys), and starts the role
 * session. A source identity comes from the token's {@code https://aws.amazon.com/source_identity}
 * claim, as in AWS. {@code ProviderId} is only for OAuth 2.0 access tokens of Login with Amazon and
 * Facebook; with OpenID Connect ID tokens AWS ignores it, and so does Gatehouse.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_adding-assume-role-idp">Source identity and tags in web identity tokens</a>
 */
@ApplicationScoped
public class WebIdentitySessions {

    static final String SOURCE_IDENTITY_CLAIM = "https://aws.amazon.com/source_identity";
    private static final Pattern ROLE_ACCOUNT = Pattern.compile("arn:aws:iam::(\\d{12}):role/.+");

    private final WebIdentityVerifier verifier;
    private final RoleSessions sessions;

    public WebIdentitySessions(WebIdentityVerifier verifier, RoleSessions sessions) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The session {@code request} asks for, proved by {@code token}. */
    public WebIdentitySession assume(RoleSessionRequest request, String token) {
        Matcher role = ROLE_ACCOUNT.matcher(request.roleArn());
        if (!role.matches()) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "RoleArn must be an IAM role ARN");
        }
        WebIdentity identity = verifier.verify(role.group(1), token);
        WebIdentityPrincipal principal = new WebIdentityPrincipal(identity.providerArn(), identity.cognitoAlias(),
                identity.providerName(), identity.subject(), identity.audience(), WebIdentityConditionKeys.of(identity));
        AssumedRole assumed = sessions.assumeRoleWithWebIdentity(principal, withSourceIdentity(request, identity));
        return new WebIdentitySession(assumed, identity.subject(), identity.providerName(), identity.audience());
    }

    private static RoleSessionRequest withSourceIdentity(RoleSessionRequest request, WebIdentity identity) {
        Object claimed = identity.claims().get(SOURCE_IDENTITY_CLAIM);
        if (!(claimed instanceof String sourceIdentity)) {
            return request;
        }
        return new RoleSessionRequest(request.roleArn(), request.sessionName(), request.duration(), request.policy(),
                request.policyArns(), request.tags(), request.transitiveTagKeys(), sourceIdentity);
    }
}
