package io.gatehouse.oidc.web;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.AppSignIn;
import io.gatehouse.userpool.signin.AuthParameters;
import io.gatehouse.userpool.signin.ChallengeName;
import io.gatehouse.userpool.signin.SignInStep;
import io.gatehouse.userpool.signin.TotpEnrollment;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Answers a challenge of the hosted login (new password, authenticator code, authenticator setup,
 * choice of factor) through the same sign-in state machine as the app API. The CSRF token and the
 * login transaction are checked as on the login form; the sign-in session is single use, so a
 * wrong code sends the user back to the login form, while a new password that breaks the policy
 * is refused before the session is spent.
 */
@Path("/" + PoolPaths.POOL + PoolPaths.LOGIN_CHALLENGE)
@Tag(name = "OpenID Connect")
public class LoginChallengePage {

    static final String WRONG_CODE = "That code is not right. Sign in again.";
    static final String EXPIRED = "Your sign-in took too long. Sign in again.";

    private final PoolGuard pools;
    private final LoginTransactions transactions;
    private final ClientRedirects redirects;
    private final AppSignIn signIn;
    private final TotpEnrollment enrollment;
    private final HostedSignInSteps steps;
    private final HtmlPages pages;
    private final BrowserCookies cookies;

    public LoginChallengePage(PoolGuard pools, LoginTransactions transactions, ClientRedirects redirects,
                              AppSignIn signIn, TotpEnrollment enrollment, HostedSignInSteps steps, HtmlPages pages,
                              BrowserCookies cookies) {
        this.pools = pools;
        this.transactions = transactions;
        this.redirects = redirects;
        this.signIn = signIn;
        this.enrollment = enrollment;
        this.steps = steps;
        this.pages = pages;
        this.cookies = cookies;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Answers a challenge of the hosted login (new password, authenticator code or setup)")
    public Response submit(@PathParam("poolId") String poolId, MultivaluedMap<String, String> form,
                           @Context HttpHeaders headers) {
        UserPool pool = pools.require(poolId);
        ChallengeForm input = ChallengeForm.parse(form);
        LoginTransaction tx = transactions.require(poolId, input.transaction());
        ClientRedirect to = redirects.resolve(poolId, tx.request());
        LoginPage.requireCsrf(cookies, tx, input.csrfToken(), headers, to);
        ChallengeName challenge = challenge(input);
        if (challenge == null || input.session() == null) {
            return backToLogin(pool, to, input, EXPIRED);
        }
        if (challenge == ChallengeName.NEW_PASSWORD_REQUIRED) {
            try {
                pool.settings().passwordPolicy().check(input.newPassword());
            } catch (GatehouseException e) {
                return steps.retry(pool, input.transaction(), to, input.csrfToken(), input.session(), challenge,
                        e.getMessage());
            }
        }
        try {
            SignInStep step = answer(pool, to, challenge, input);
            return steps.next(pool, tx, input.transaction(), to, input.csrfToken(), step, headers);
        } catch (GatehouseException e) {
            return backToLogin(pool, to, input, message(e));
        }
    }

    private SignInStep answer(UserPool pool, ClientRedirect to, ChallengeName challenge, ChallengeForm input) {
        return switch (challenge) {
            case NEW_PASSWORD_REQUIRED -> signIn.answer(pool, to.client(), challenge, input.session(),
                    Map.of(AuthParameters.NEW_PASSWORD, input.newPassword()));
            case SOFTWARE_TOKEN_MFA -> signIn.answer(pool, to.client(), challenge, input.session(),
                    Map.of(AuthParameters.SOFTWARE_TOKEN_MFA_CODE, nonNull(input.code())));
            case EMAIL_OTP -> signIn.answer(pool, to.client(), challenge, input.session(),
                    Map.of(AuthParameters.EMAIL_OTP_CODE, nonNull(input.code())));
            case SELECT_MFA_TYPE -> signIn.answer(pool, to.client(), challenge, input.session(),
                    Map.of(AuthParameters.ANSWER, nonNull(input.mfaType())));
            case MFA_SETUP -> signIn.answer(pool, to.client(), challenge,
                    enrollment.verifyInSignIn(input.session(), nonNull(input.code())), Map.of());
            default -> throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Unsupported challenge");
        };
    }

    private static ChallengeName challenge(ChallengeForm input) {
        try {
            return input.challenge() == null ? null : ChallengeName.valueOf(input.challenge());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static String message(GatehouseException e) {
        if (e.code() == UserPoolError.CODE_MISMATCH || e.code() == UserPoolError.ENABLE_SOFTWARE_TOKEN_MFA) {
            return WRONG_CODE;
        }
        if (e.code() == CommonError.TOO_MANY_REQUESTS || e.code() == UserPoolError.TOO_MANY_FAILED_ATTEMPTS) {
            return LoginPage.THROTTLED;
        }
        if (e.code() == UserPoolError.NOT_AUTHORIZED) {
            return EXPIRED;
        }
        return LoginPage.CANNOT_SIGN_IN;
    }

    /** The login form of the same transaction, with a message; the user signs in again. */
    private Response backToLogin(UserPool pool, ClientRedirect to, ChallengeForm input, String message) {
        LoginView view = new LoginView(null, pool.name(), HostedSignInSteps.displayName(to), input.transaction(),
                input.csrfToken(), null, message);
        return pages.login(view, 200, to.redirectUri()).build();
    }
}
