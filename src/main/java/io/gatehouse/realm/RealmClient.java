package io.gatehouse.realm;

import io.gatehouse.userpool.ClientSettings;
import io.gatehouse.userpool.ClientSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An app client declared by a realm file. A {@code secret} makes it confidential; a client's type
 * cannot change later. Any other field left out (null) takes its default at creation and is left
 * as it is on update; a declared list replaces the stored one.
 */
public record RealmClient(
        String clientId,
        String name,
        String secret,
        List<String> grantTypes,
        List<String> scopes,
        List<String> callbackUrls,
        List<String> logoutUrls,
        Long accessTokenValiditySeconds,
        Long idTokenValiditySeconds,
        Long refreshTokenValiditySeconds,
        ClientSettings settings) {

    static final Set<String> KEYS = Set.of("clientId", "name", "secret", "grantTypes", "scopes", "callbackUrls",
            "logoutUrls", "accessTokenValiditySeconds", "idTokenValiditySeconds", "refreshTokenValiditySeconds", "settings");

    public RealmClient {
        Objects.requireNonNull(clientId, "clientId");
        grantTypes = copy(grantTypes);
        scopes = copy(scopes);
        callbackUrls = copy(callbackUrls);
        logoutUrls = copy(logoutUrls);
    }

    static RealmClient parse(JsonObjectReader in) {
        return new RealmClient(in.requiredString("clientId"), in.optionalString("name"), in.optionalString("secret"),
                in.optionalStrings("grantTypes"), in.optionalStrings("scopes"), in.optionalStrings("callbackUrls"),
                in.optionalStrings("logoutUrls"), in.optionalLong("accessTokenValiditySeconds"),
                in.optionalLong("idTokenValiditySeconds"), in.optionalLong("refreshTokenValiditySeconds"),
                in.optionalRecord("settings", ClientSettings.class));
    }

    /** Whether the file declares a confidential client (one with a secret). */
    public boolean confidential() {
        return secret != null;
    }

    /**
     * The settings this declaration asks for, laid over {@code current} (null when the client is
     * being created: the name then defaults to the client id, lifetimes to Cognito's defaults).
     */
    public ClientSpec specOver(ClientSpec current) {
        ClientSpec base = current != null ? current : new ClientSpec(clientId, null, null, null, null, null, null, null, null);
        return new ClientSpec(or(name, base.name()),
                grantTypes == null ? base.grantTypes() : new LinkedHashSet<>(grantTypes),
                or(scopes, base.scopes()), or(callbackUrls, base.callbackUrls()), or(logoutUrls, base.logoutUrls()),
                or(accessTokenValiditySeconds, base.accessTokenSeconds()),
                or(idTokenValiditySeconds, base.idTokenSeconds()),
                or(refreshTokenValiditySeconds, base.refreshTokenSeconds()), base.jwks(),
                or(settings, base.settings()));
    }

    /** Keeps the secret out of logs. */
    @Override
    public String toString() {
        return "RealmClient[clientId=" + clientId + ", name=" + name + ", confidential=" + confidential()
                + ", grantTypes=" + grantTypes + ", scopes=" + scopes + ", callbackUrls=" + callbackUrls
                + ", logoutUrls=" + logoutUrls + "]";
    }

    private static <T> T or(T declared, T current) {
        return declared != null ? declared : current;
    }

    private static List<String> copy(List<String> list) {
        return list == null ? null : List.copyOf(list);
    }
}
