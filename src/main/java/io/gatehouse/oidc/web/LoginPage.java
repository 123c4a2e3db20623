package io.gatehouse.oidc.web;

import io.gatehouse.core.CommonError;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import io.gatehouse.userpool.signin.PasswordSignIn;
import io.gatehouse.userpool.signin.AppSignIn;
import io.gatehouse.userpool.signin.SignInStep;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The hosted login page of a pool: GET shows the form of a login transaction, POST checks the
 * CSRF token and the password and completes the authorization. Works without JavaScript.
 * Failed sign-ins say the same for an unknown user as for a wrong password; a rejection by one of
 * the pool's triggers shows the trigger's message.
 *
 * @see <a href="https://openid.net/specs/openid-connect-core-1_0.html#Authenticates">OIDC Core §3.1.2.3</a>
 * @see <a href="https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-managed-login.html">Cognito managed login</a>
 */
@Path("/" + PoolPaths.POOL + PoolPaths.LOGIN)
@Tag(name = "OpenID Connect")
public class LoginPage {

    static final String INCORRECT = "Incorrect username or password.";
    static final String THROTTLED = "Too many failed attempts. Try again later.";
    static final String CANNOT_SIGN_IN = "We could not sign you in. Contact the administrator of this application.";
    static final String MISSING = "Enter your username and password.";

    private final PoolGuard pools;
    private final LoginTransactions transactions;
    private final ClientRedirects redirects;
    private final PasswordSignIn signIn;
    private final AppSignIn appSignIn;
    private final HostedSignInSteps steps;
    private final HtmlPages pages;
    private final BrowserCookies cookies;

    public LoginPage(PoolGuard pools, LoginTransactions transactions, ClientRedirects redirects, PasswordSignIn signIn,
                     AppSignIn appSignIn, HostedSignInSteps steps, HtmlPages pages, BrowserCookies cookies) {
        this.pools = pools;
        this.transactions = transactions;
        this.redirects = redirects;
        this.signIn = signIn;
        this.appSignIn = appSignIn;
        this.steps = steps;
        this.pages = pages;
        this.cookies = cookies;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Hosted login page of a login transaction")
    public Response show(@PathParam("poolId") String poolId, @QueryParam(AuthorizeEndpoint.TRANSACTION) String txId,
                         @Context HttpHeaders headers) {
        UserPool pool = pools.require(poolId);
        LoginTransaction tx = transactions.require(poolId, txId);
        ClientRedirect to = redirects.resolve(poolId, tx.request());
        String csrf = BrowserCookies.read(headers, cookies.csrfName(tx.idHash()));
        if (csrf == null) {
            throw new PageException(PageError.COOKIES_REQUIRED, poolId, to.client().clientId());
        }
        LoginView view = new LoginView(null, pool.name(), displayName(to), txId, csrf, tx.request().loginHint(), null);
        return pages.login(view, 200, to.redirectUri()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Submits the hosted login form")
    public Response submit(@PathParam("poolId") String poolId, MultivaluedMap<String, String> form,
                           @Context HttpHeaders headers) {
        UserPool pool = pools.require(poolId);
        LoginForm input = LoginForm.parse(form);
        LoginTransaction tx = transactions.require(poolId, input.transaction());
        ClientRedirect to = redirects.resolve(poolId, tx.request());
        requireCsrf(tx, input, headers, to);
        if (!input.hasCredentials()) {
            return retry(pool, to, input, 200, MISSING);
        }
        SignInStep step;
        try {
            step = appSignIn.afterPassword(pool, to.client(),
                    signIn.verify(pool, to.client(), input.username(), input.password()));
        } catch (GatehouseException e) {
            return failed(pool, to, input, e);
        }
        return steps.next(pool, tx, input.transaction(), to, input.csrfToken(), step, headers);
    }

    private void requireCsrf(LoginTransaction tx, LoginForm input, HttpHeaders headers, ClientRedirect to) {
        requireCsrf(cookies, tx, input.csrfToken(), headers, to);
    }

    /** The double-submit check of every hosted sign-in form: the form's token against the transaction's cookie. */
    static void requireCsrf(BrowserCookies cookies, LoginTransaction tx, String csrfToken, HttpHeaders headers,
                            ClientRedirect to) {
        String cookie = BrowserCookies.read(headers, cookies.csrfName(tx.idHash()));
        if (!LoginTransactions.csrfMatches(tx, csrfToken, cookie)) {
            throw new PageException(PageError.CSRF_MISMATCH, tx.poolId(), to.client().clientId());
        }
    }

    /**
     * Translates a sign-in failure on purpose (no branching on messages): wrong password and
     * unknown or disabled user read the same, throttling says so, anything else is generic.
     */
    private Response failed(UserPool pool, ClientRedirect to, LoginForm input, GatehouseException e) {
        if (e.code() == CommonError.TOO_MANY_REQUESTS) {
            return retry(pool, to, input, 429, THROTTLED);
        }
        if (e.code() == UserPoolError.NOT_AUTHORIZED || e.code() == CommonError.NOT_AUTHORIZED) {
            return retry(pool, to, input, 200, INCORRECT);
        }
        if (e.code() == UserPoolError.USER_LAMBDA_VALIDATION) {
            // the pool's own trigger chose this text ("PreAuthentication failed with error …"), as Cognito shows it
            return retry(pool, to, input, 200, e.getMessage());
        }
        return retry(pool, to, input, 200, CANNOT_SIGN_IN);
    }

    private static String displayName(ClientRedirect to) {
        return HostedSignInSteps.displayName(to);
    }

    /** Shows the form again with the same transaction and CSRF token (already verified against the cookie). */
    private Response retry(UserPool pool, ClientRedirect to, LoginForm input, int status, String message) {
        LoginView view = new LoginView(null, pool.name(), displayName(to), input.transaction(), input.csrfToken(),
                input.username(), message);
        return pages.login(view, status, to.redirectUri()).build();
    }
}
