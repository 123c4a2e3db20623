package io.gatehouse.sts;

import com.nimbusds.jwt.JWTParser;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.webidentity.WebIdentity;
import io.gatehouse.webidentity.WebIdentityConditionKeys;
import io.gatehouse.webidentity.WebIdentityError;
import io.gatehouse.webidentity.WebIdentityVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * AssumeRoleWithWebIdentity: verifies the ID token against the IAM OpenID Connect providers of the
 * role's account (the account in {@code RoleArn}), turns it into the federated principal the trust
 * policy sees ({@code "Federated": "<provider ARN>"}, or the Cognito-style alias of a Gatehouse user
 * pool, with the {@code <provider>:aud}, {@code :sub}, {@code :amr} keys), and starts the role
 * session. A source identity and session tags come from the token's AWS claims
 * ({@link TokenSessionClaims}), as in AWS. {@code ProviderId} is only for OAuth 2.0 access tokens of Login with Amazon and
 * Facebook; with OpenID Connect ID tokens AWS ignores it, and so does Gatehouse. Tokens of an issuer
 * Gatehouse runs itself besides user pools (identity pools' OpenID tokens, principal
 * {@code cognito-identity.amazonaws.com}) are verified by that {@link WebIdentityIssuer}, picked by
 * the token's {@code iss} before anything is trusted.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRoleWithWebIdentity.html">AssumeRoleWithWebIdentity</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/id_session-tags.html#id_session-tags_adding-assume-role-idp">Source identity and tags in web identity tokens</a>
 */
@ApplicationScoped
public class WebIdentitySessions {

    private static final Pattern ROLE_ACCOUNT = Pattern.compile("arn:aws:iam::(\\d{12}):role/.+");

    private final WebIdentityVerifier verifier;
    private final List<WebIdentityIssuer> issuers;
    private final RoleSessions sessions;

    public WebIdentitySessions(WebIdentityVerifier verifier, Instance<WebIdentityIssuer> issuers,
                               RoleSessions sessions) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
        this.issuers = issuers.stream().toList();
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** The session {@code request} asks for, proved by {@code token}. */
    public WebIdentitySession assume(RoleSessionRequest request, String token) {
        Matcher role = ROLE_ACCOUNT.matcher(request.roleArn());
        if (!role.matches()) {
            throw new GatehouseException(StsError.VALIDATION_ERROR, "RoleArn must be an IAM role ARN");
        }
        Optional<WebIdentityIssuer> own = issuerOf(token);
        if (own.isPresent()) {
            WebIdentityPrincipal principal = own.get().principal(token);
            AssumedRole assumed = sessions.assumeRoleWithWebIdentity(principal, request);
            return new WebIdentitySession(assumed, principal.subject(), principal.providerName(),
                    principal.audience());
        }
        WebIdentity identity = verifier.verify(role.group(1), token);
        WebIdentityPrincipal principal = new WebIdentityPrincipal(identity.providerArn(), identity.cognitoAlias(),
                identity.providerName(), identity.subject(), identity.audience(), WebIdentityConditionKeys.of(identity));
        AssumedRole assumed = sessions.assumeRoleWithWebIdentity(principal,
                TokenSessionClaims.apply(request, identity.claims()));
        return new WebIdentitySession(assumed, identity.subject(), identity.providerName(), identity.audience());
    }

    /** The Gatehouse issuer whose {@code iss} the (not yet verified) token names, if any. */
    private Optional<WebIdentityIssuer> issuerOf(String token) {
        if (token.length() > WebIdentityVerifier.MAX_TOKEN_LENGTH) {
            throw new GatehouseException(WebIdentityError.INVALID_IDENTITY_TOKEN, "The web identity token is longer than "
                    + WebIdentityVerifier.MAX_TOKEN_LENGTH + " characters");
        }
        String issuer;
        try {
            issuer = JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new GatehouseException(WebIdentityError.INVALID_IDENTITY_TOKEN, "The web identity token is not a JWT");
        }
        return issuer == null ? Optional.empty() : issuers.stream().filter(i -> i.issues(issuer)).findFirst();
    }
}
