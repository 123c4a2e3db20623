package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * IAM's rules for an OIDC provider URL and the names derived from it: {@code https} (or
 * {@code http} for a loopback host, so a provider run on the same machine can be registered), a
 * host, no user info, query or fragment, at most 255 characters. The provider's name is the URL
 * without its scheme; its ARN is {@code arn:aws:iam::<account>:oidc-provider/<name>}.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
 */
public final class OidcProviderUrls {

    private static final String ARN_PREFIX = "arn:aws:iam::";
    private static final String ARN_TYPE = ":oidc-provider/";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private OidcProviderUrls() {
    }

    /** {@code url} if IAM accepts it as a provider URL; InvalidInput otherwise. */
    public static String validate(String url) {
        IamInputRules.required(url, "url");
        if (url.isEmpty() || url.length() > 255) {
            throw IamInputRules.invalid("Value at 'url' failed to satisfy constraint: Member must have length "
                    + "between 1 and 255");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalidUrl(url);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme();
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || url.endsWith("?") || url.endsWith("#")) {
            throw invalidUrl(url);
        }
        if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
            throw new GatehouseException(IamError.INVALID_INPUT,
                    "The URL must use https (http is accepted only for localhost, 127.0.0.1 and [::1]): " + url);
        }
        return url;
    }

    /** Whether {@code host} is the local machine, where plain http cannot be intercepted on the network. */
    public static boolean isLoopback(String host) {
        return host != null && LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
    }

    /** The URL without its scheme. */
    public static String name(String url) {
        int separator = url.indexOf("://");
        return separator < 0 ? url : url.substring(separator + 3);
    }

    public static String arn(String accountId, String name) {
        return ARN_PREFIX + accountId + ARN_TYPE + name;
    }

    /**
     * The provider name an ARN names in {@code accountId}; NoSuchEntity for a well-formed ARN of
     * another account or resource type, as the provider does not exist there.
     */
    public static String nameOf(String accountId, String arn) {
        IamInputRules.arn(arn, "openIDConnectProviderArn");
        String prefix = ARN_PREFIX + accountId + ARN_TYPE;
        if (!arn.startsWith(prefix) || arn.length() == prefix.length()) {
            throw notFound(arn);
        }
        return arn.substring(prefix.length());
    }

    static GatehouseException notFound(String arn) {
        return new GatehouseException(IamError.NO_SUCH_ENTITY, "OpenIDConnect Provider not found for arn " + arn);
    }

    private static GatehouseException invalidUrl(String url) {
        return new GatehouseException(IamError.INVALID_INPUT, "Invalid URL: " + url);
    }
}
