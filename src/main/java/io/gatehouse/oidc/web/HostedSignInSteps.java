package io.gatehouse.oidc.web;

import io.gatehouse.crypto.Totp;
import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.signin.ChallengeName;
import io.gatehouse.userpool.signin.SignInStep;
import io.gatehouse.userpool.signin.TotpEnrollment;
import io.gatehouse.oidc.token.Issuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/**
 * Turns a step of the sign-in state machine into the hosted login's next response: a signed-in
 * user completes the authorization (code, SSO cookie, redirect to the client); a challenge is
 * shown as a page. For MFA_SETUP the authenticator secret is made at once, so the page can show
 * it next to the code field.
 */
@ApplicationScoped
class HostedSignInSteps {

    private final LoginCompletion completion;
    private final AuthorizationResponder responder;
    private final BrowserCookies cookies;
    private final HtmlPages pages;
    private final TotpEnrollment enrollment;
    private final Issuer issuer;

    HostedSignInSteps(LoginCompletion completion, AuthorizationResponder responder, BrowserCookies cookies,
                      HtmlPages pages, TotpEnrollment enrollment, Issuer issuer) {
        this.issuer = issuer;
        this.completion = completion;
        this.responder = responder;
        this.cookies = cookies;
        this.pages = pages;
        this.enrollment = enrollment;
    }

    Response next(UserPool pool, LoginTransaction tx, String txId, ClientRedirect to, String csrfToken, SignInStep step,
                  HttpHeaders headers) {
        if (step instanceof SignInStep.SignedIn signedIn) {
            String previousSso = BrowserCookies.read(headers, cookies.ssoName(pool.id()));
            LoginCompletion.Completed done = completion.complete(tx, signedIn.result(), previousSso);
            return responder.success(to, done.code(), RedirectStatus.SEE_OTHER)
                    .cookie(cookies.sso(pool.id(), done.ssoCookie()), cookies.clearCsrf(pool.id(), tx.idHash()))
                    .build();
        }
        SignInStep.Challenge challenge = (SignInStep.Challenge) step;
        if (challenge.name() == ChallengeName.MFA_SETUP) {
            Map.Entry<String, String> setup = enrollment.associateInSignIn(challenge.session());
            String uri = Totp.otpauthUri(pool.name().replace(":", " "), "user", setup.getKey());
            return page(pool, txId, to, csrfToken, setup.getValue(), ChallengeName.MFA_SETUP, setup.getKey(), uri, null);
        }
        return page(pool, txId, to, csrfToken, challenge.session(), challenge.name(), null, null, null);
    }

    /** The challenge page again (same session) with an error the user can fix without starting over. */
    Response retry(UserPool pool, String txId, ClientRedirect to, String csrfToken, String session,
                   ChallengeName challenge, String message) {
        return page(pool, txId, to, csrfToken, session, challenge, null, null, message);
    }

    private Response page(UserPool pool, String txId, ClientRedirect to, String csrfToken, String session,
                          ChallengeName challenge, String secret, String otpauthUri, String message) {
        String action = URI.create(issuer.of(pool.id())).getRawPath() + PoolPaths.LOGIN_CHALLENGE;
        ChallengeView view = new ChallengeView(null, action, pool.name(), displayName(to), txId, csrfToken, session,
                challenge.name(), title(challenge), secret, otpauthUri, message);
        return pages.challenge(view, 200, to.redirectUri()).build();
    }

    static String displayName(ClientRedirect to) {
        String name = to.client().name();
        return name == null || name.isBlank() ? to.client().clientId() : name;
    }

    private static String title(ChallengeName challenge) {
        return switch (challenge) {
            case NEW_PASSWORD_REQUIRED -> "Choose a new password";
            case MFA_SETUP -> "Set up your authenticator";
            case SELECT_MFA_TYPE -> "Choose a second factor";
            default -> "Enter your code";
        };
    }
}
