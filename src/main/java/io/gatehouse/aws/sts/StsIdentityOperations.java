package io.gatehouse.aws.sts;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * STS calls about the caller itself. {@code GetCallerIdentity} needs no permission (AWS answers it
 * even when a policy denies everything), so it is not authorized.
 *
 * @see <a href="https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html">GetCallerIdentity</a>
 */
@ApplicationScoped
public class StsIdentityOperations implements QueryOperations {

    @Override
    public List<QueryOperation> operations() {
        return List.of(Sts.operation("GetCallerIdentity", this::getCallerIdentity));
    }

    /**
     * The account, the signer's ARN and its unique id. The root user's id is its account id, as in
     * AWS; access keys today belong only to root users.
     */
    QueryResult getCallerIdentity(QueryCall call) {
        Caller caller = call.caller();
        return QueryResult.of()
                .add("UserId", caller.accountId())
                .add("Account", caller.accountId())
                .add("Arn", caller.principalArn());
    }
}
