package io.gatehouse.aws.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.sts.AccessKeyAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * STS calls about identities. {@code GetCallerIdentity} needs no permission (AWS answers it even
 * when a policy denies everything), so it is not authorized; {@code GetAccessKeyInfo} needs
 * {@code sts:GetAccessKeyInfo}.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetAccessKeyInfo.html">GetAccessKeyInfo</a>
 */
@ApplicationScoped
public class StsIdentityOperations implements QueryOperations {

    private final AccessKeyAccounts accessKeys;

    public StsIdentityOperations(AccessKeyAccounts accessKeys) {
        this.accessKeys = Objects.requireNonNull(accessKeys, "accessKeys");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("GetCallerIdentity", this::getCallerIdentity),
                Sts.operation("GetAccessKeyInfo", this::getAccessKeyInfo));
    }

    /**
     * The account, the signer's ARN and its unique id ({@code aws:userid}): the account id for the
     * root user, {@code AIDA…} for a user, {@code AROA…:session} for a role session,
     * {@code <account>:<name>} for a federated user.
     */
    QueryResult getCallerIdentity(QueryCall call) {
        Caller caller = call.caller();
        return QueryResult.of()
                .add("UserId", caller.userId())
                .add("Account", caller.accountId())
                .add("Arn", caller.principalArn());
    }

    QueryResult getAccessKeyInfo(QueryCall call) {
        String accessKeyId = call.input().requiredString("AccessKeyId", 16, 128);
        return QueryResult.of().add("Account", accessKeys.accountOf(call.caller(), accessKeyId));
    }
}
