package io.gatehouse.oidc.web;

import io.gatehouse.oidc.message.OAuthError;
import io.gatehouse.oidc.message.OAuthException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Answers a form body that cannot be decoded ({@link FormBodyReader}) with 400 in the format of the
 * endpoint it was sent to: a hosted page for the browser-facing endpoints, RFC 6749 §5.2
 * {@code invalid_request} for the OAuth endpoints that clients call.
 */
public class MalformedFormMapper {

    private static final Set<Class<?>> PAGES =
            Set.of(LoginPage.class, LoginChallengePage.class, AuthorizeEndpoint.class, LogoutEndpoint.class);

    private final HtmlPages pages;
    private final OAuthExceptionMapper oauthErrors = new OAuthExceptionMapper();

    public MalformedFormMapper(HtmlPages pages) {
        this.pages = pages;
    }

    @ServerExceptionMapper
    public Response map(FormBodyReader.MalformedFormException e, ResourceInfo resource) {
        if (resource != null && PAGES.contains(resource.getResourceClass())) {
            return pages.error(PageError.MALFORMED_FORM).build();
        }
        return oauthErrors.map(new OAuthException(OAuthError.INVALID_REQUEST, "The form body is not valid percent-encoding"));
    }
}
