package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.AppClient;
import io.gatehouse.userpool.ClientSpec;
import io.gatehouse.userpool.UserPoolError;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cognito's app client shapes ↔ the domain's {@link ClientSpec} and {@link AppClient}.
 * AllowedOAuthFlows {@code code} and {@code client_credentials} are the grant types
 * {@code authorization_code} and {@code client_credentials}; refresh tokens are allowed (the
 * {@code refresh_token} grant) when ExplicitAuthFlows is absent, as Cognito enables
 * ALLOW_REFRESH_TOKEN_AUTH by default, or names it. Token validities are read in their
 * TokenValidityUnits (Cognito's defaults: hours, hours, days) and written in the largest unit that
 * expresses them exactly.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolClientType.html">UserPoolClientType</a>
 */
final class ClientMapper {

    static final String CLIENT_NAME = "ClientName";
    private static final String REFRESH_AUTH = "ALLOW_REFRESH_TOKEN_AUTH";
    private static final Set<String> EXPLICIT_AUTH_FLOWS = Set.of("ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
            "USER_PASSWORD_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_USER_PASSWORD_AUTH",
            "ALLOW_USER_SRP_AUTH", REFRESH_AUTH, "ALLOW_USER_AUTH");
    private static final Map<String, String> FLOW_TO_GRANT = Map.of(
            "code", AppClient.AUTHORIZATION_CODE, "client_credentials", AppClient.CLIENT_CREDENTIALS);
    private static final Map<String, ChronoUnit> UNITS = Map.of(
            "seconds", ChronoUnit.SECONDS, "minutes", ChronoUnit.MINUTES, "hours", ChronoUnit.HOURS, "days", ChronoUnit.DAYS);
    private static final List<String> UNITS_LARGEST_FIRST = List.of("days", "hours", "minutes", "seconds");

    private ClientMapper() {
    }

    /** The settings of CreateUserPoolClient or UpdateUserPoolClient; {@code jwks} is kept from the domain. */
    static ClientSpec spec(JsonInput in, String name, String jwks) {
        JsonInput units = in.object("TokenValidityUnits");
        return new ClientSpec(name, grantTypes(in), orEmpty(in.strings("AllowedOAuthScopes")),
                orEmpty(in.strings("CallbackURLs")), orEmpty(in.strings("LogoutURLs")),
                seconds(in.longValue("AccessTokenValidity"), unit(units, "AccessToken", "hours")),
                seconds(in.longValue("IdTokenValidity"), unit(units, "IdToken", "hours")),
                seconds(in.longValue("RefreshTokenValidity"), unit(units, "RefreshToken", "days")),
                jwks);
    }

    /** UserPoolClientType; {@code secret} only in the response that created it. */
    static JsonOutput clientType(AppClient client, String secret) {
        boolean oauth = client.allowsGrant(AppClient.AUTHORIZATION_CODE) || client.allowsGrant(AppClient.CLIENT_CREDENTIALS);
        List<String> flows = FLOW_TO_GRANT.entrySet().stream().filter(e -> client.allowsGrant(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        String accessUnit = unitOf(client.accessTokenValidity());
        String idUnit = unitOf(client.idTokenValidity());
        String refreshUnit = unitOf(client.refreshTokenValidity());
        return JsonOutput.object()
                .put(Members.USER_POOL_ID, client.poolId())
                .put(CLIENT_NAME, client.name())
                .put(Members.CLIENT_ID, client.clientId())
                .put("ClientSecret", secret)
                .put("LastModifiedDate", client.updatedAt())
                .put("CreationDate", client.createdAt())
                .put("RefreshTokenValidity", amount(client.refreshTokenValidity(), refreshUnit))
                .put("AccessTokenValidity", amount(client.accessTokenValidity(), accessUnit))
                .put("IdTokenValidity", amount(client.idTokenValidity(), idUnit))
                .put("TokenValidityUnits", JsonOutput.object().put("AccessToken", accessUnit)
                        .put("IdToken", idUnit).put("RefreshToken", refreshUnit))
                .strings("ExplicitAuthFlows", client.allowsGrant(AppClient.REFRESH_TOKEN) ? List.of(REFRESH_AUTH) : null)
                .strings("CallbackURLs", client.callbackUrls().isEmpty() ? null : client.callbackUrls())
                .strings("LogoutURLs", client.logoutUrls().isEmpty() ? null : client.logoutUrls())
                .strings("AllowedOAuthFlows", flows.isEmpty() ? null : flows)
                .strings("AllowedOAuthScopes", client.scopes().isEmpty() ? null : client.scopes())
                .put("AllowedOAuthFlowsUserPoolClient", oauth)
                .put("EnableTokenRevocation", true);
    }

    /** UserPoolClientDescription, the ListUserPoolClients entry. */
    static JsonOutput description(AppClient client) {
        return JsonOutput.object().put(Members.CLIENT_ID, client.clientId())
                .put(Members.USER_POOL_ID, client.poolId()).put(CLIENT_NAME, client.name());
    }

    private static Set<String> grantTypes(JsonInput in) {
        Set<String> grants = new LinkedHashSet<>();
        for (String flow : orEmpty(in.strings("AllowedOAuthFlows"))) {
            String grant = FLOW_TO_GRANT.get(flow);
            if (grant == null) {
                throw invalid("AllowedOAuthFlows: unsupported flow '" + flow + "' (supported: code, client_credentials)");
            }
            grants.add(grant);
        }
        List<String> explicit = in.strings("ExplicitAuthFlows");
        for (String flow : orEmpty(explicit)) {
            if (!EXPLICIT_AUTH_FLOWS.contains(flow)) {
                throw invalid("ExplicitAuthFlows: unknown flow '" + flow + "'");
            }
        }
        boolean refresh = explicit == null || explicit.contains(REFRESH_AUTH);
        if (refresh && !grants.contains(AppClient.CLIENT_CREDENTIALS)) {
            grants.add(AppClient.REFRESH_TOKEN);
        }
        return grants;
    }

    private static String unit(JsonInput units, String member, String fallback) {
        String unit = units == null ? null : units.string(member);
        if (unit == null) {
            return fallback;
        }
        if (!UNITS.containsKey(unit)) {
            throw invalid("TokenValidityUnits." + member + " must be seconds, minutes, hours or days");
        }
        return unit;
    }

    private static Long seconds(Long amount, String unit) {
        if (amount == null) {
            return null;
        }
        if (amount < 0 || amount > 315_360_000L) {
            throw invalid("Token validity out of range: " + amount + " " + unit);
        }
        return UNITS.get(unit).getDuration().multipliedBy(amount).toSeconds();
    }

    private static String unitOf(Duration validity) {
        for (String unit : UNITS_LARGEST_FIRST) {
            long unitSeconds = UNITS.get(unit).getDuration().toSeconds();
            if (validity.toSeconds() % unitSeconds == 0) {
                return unit;
            }
        }
        return "seconds";
    }

    private static Long amount(Duration validity, String unit) {
        return validity.toSeconds() / UNITS.get(unit).getDuration().toSeconds();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
