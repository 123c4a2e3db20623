package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.util.Set;

/**
 * How an app client's users sign in through the app-facing API. Null parts take Cognito's
 * defaults for a new client: SRP and refresh-token sign-in, user existence errors prevented,
 * token revocation on, 3-minute sign-in sessions. Empty read/write attribute sets mean all
 * attributes (writes still exclude immutable and Cognito-managed ones).
 */
public record ClientSettings(
        Set<AuthFlow> explicitAuthFlows,
        Set<String> readAttributes,
        Set<String> writeAttributes,
        Boolean preventUserExistenceErrors,
        Boolean enableTokenRevocation,
        Integer authSessionValidityMinutes) {

    public static final ClientSettings DEFAULT = new ClientSettings(null, null, null, null, null, null);

    public ClientSettings {
        explicitAuthFlows = explicitAuthFlows == null || explicitAuthFlows.isEmpty()
                ? Set.of(AuthFlow.USER_SRP_AUTH, AuthFlow.REFRESH_TOKEN_AUTH) : Set.copyOf(explicitAuthFlows);
        readAttributes = readAttributes == null ? Set.of() : Set.copyOf(readAttributes);
        writeAttributes = writeAttributes == null ? Set.of() : Set.copyOf(writeAttributes);
        preventUserExistenceErrors = preventUserExistenceErrors == null || preventUserExistenceErrors;
        enableTokenRevocation = enableTokenRevocation == null || enableTokenRevocation;
        authSessionValidityMinutes = authSessionValidityMinutes == null ? 3 : authSessionValidityMinutes;
        if (authSessionValidityMinutes < 3 || authSessionValidityMinutes > 15) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "AuthSessionValidity must be 3 to 15 minutes");
        }
    }

    public boolean allows(AuthFlow flow) {
        return explicitAuthFlows.contains(flow);
    }

    public boolean canRead(String attribute) {
        return readAttributes.isEmpty() || readAttributes.contains(attribute);
    }

    public boolean canWrite(String attribute) {
        return writeAttributes.isEmpty() || writeAttributes.contains(attribute);
    }
}
