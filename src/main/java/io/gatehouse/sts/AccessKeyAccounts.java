package io.gatehouse.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.auth.PrincipalType;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.iam.AccessKeyStore;
import io.gatehouse.iam.AuthorizationError;
import io.gatehouse.iam.IamAccessKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GetAccessKeyInfo: the account an access key id belongs to, whichever account that is and
 * whatever state the key is in. A long-term key ({@code AKIA…}) is looked up among the keys of every
 * account; a temporary key ({@code ASIA…}) names its account itself ({@link AccessKeyIds}), so it
 * answers without its session token, even after it expired. A key id this service never issued (a
 * deleted long-term key included) is {@code InvalidParameterValue}, as AWS says a deleted key "might
 * return an error that the key doesn't exist".
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html">GetAccessKeyInfo</a>
 */
@ApplicationScoped
public class AccessKeyAccounts {

    private static final Pattern KEY_ID = Pattern.compile("[\\w]{16,128}");

    private final AccessKeyStore keys;

    public AccessKeyAccounts(AccessKeyStore keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The 12-digit account of {@code accessKeyId}, asked by {@code caller}. */
    public String accountOf(Caller caller, String accessKeyId) {
        if (caller.type() == PrincipalType.FEDERATED_USER) {
            throw new GatehouseException(AuthorizationError.ACCESS_DENIED,
                    "Federated user sessions may call no STS operation but GetCallerIdentity");
        }
        if (!KEY_ID.matcher(accessKeyId).matches()) {
            throw new GatehouseException(StsError.VALIDATION_ERROR,
                    "AccessKeyId must have 16 to 128 characters matching [\\w]*");
        }
        Optional<String> account = accessKeyId.startsWith(AccessKeyIds.TEMPORARY_PREFIX)
                ? AccessKeyIds.account(accessKeyId)
                : keys.find(accessKeyId).map(IamAccessKey::accountId);
        return account.orElseThrow(() -> new GatehouseException(StsError.INVALID_PARAMETER_VALUE,
                "The access key ID is not one this service issued"));
    }
}
