package io.gatehouse.oidc.web;

import io.gatehouse.oidc.LoginTransaction;
import io.gatehouse.userpool.signin.SignInResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Completes a hosted login after a successful password sign-in, in one transaction: the login
 * transaction is consumed (single use: a replayed or concurrent submission of the same form
 * fails here), an SSO session is started and the authorization code is issued.
 */
@ApplicationScoped
class LoginCompletion {

    private final LoginTransactions transactions;
    private final SsoSessions sso;
    private final CodeIssuer codes;

    LoginCompletion(LoginTransactions transactions, SsoSessions sso, CodeIssuer codes) {
        this.transactions = transactions;
        this.sso = sso;
        this.codes = codes;
    }

    @Transactional
    Completed complete(LoginTransaction tx, SignInResult result, String previousSsoCookie) {
        if (!transactions.consume(tx)) {
            throw new PageException(PageError.LOGIN_EXPIRED, tx.poolId(), tx.request().clientId());
        }
        String ssoCookie = sso.start(tx.poolId(), result, previousSsoCookie);
        String code = codes.issue(tx.request(), result.user(), result.authTime(), result.amr());
        return new Completed(code, ssoCookie);
    }

    /** The code for the client and the new SSO cookie value for the browser. */
    record Completed(String code, String ssoCookie) {
    }
}
