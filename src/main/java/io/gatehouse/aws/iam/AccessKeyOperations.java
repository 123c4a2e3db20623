package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.AccessKeyService;
import io.gatehouse.iam.AccessKeyStatus;
import io.gatehouse.iam.CreatedAccessKey;
import io.gatehouse.iam.IamAccessKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * IAM's access key calls: CreateAccessKey, ListAccessKeys, UpdateAccessKey, DeleteAccessKey (each
 * for the named user or, without UserName, the caller itself) and GetAccessKeyLastUsed.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html">CreateAccessKey</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccessKeyLastUsed.html">GetAccessKeyLastUsed</a>
 */
@ApplicationScoped
public class AccessKeyOperations implements QueryOperations {

    /** What IAM reports as service and region of a key that never signed a request. */
    private static final String NOT_USED = "N/A";

    private final AccessKeyService keys;

    public AccessKeyOperations(AccessKeyService keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateAccessKey", this::createAccessKey),
                Iam.operation("ListAccessKeys", this::listAccessKeys),
                Iam.operation("UpdateAccessKey", this::updateAccessKey),
                Iam.operation("DeleteAccessKey", this::deleteAccessKey),
                Iam.operation("GetAccessKeyLastUsed", this::getAccessKeyLastUsed));
    }

    QueryResult createAccessKey(QueryCall call) {
        Caller caller = call.caller();
        CreatedAccessKey created = keys.create(caller.accountId(), caller.principalArn(), call.input().string("UserName"));
        IamAccessKey key = created.key();
        return QueryResult.of().add("AccessKey", QueryResult.of().add("UserName", key.userName())
                .add("AccessKeyId", key.accessKeyId()).add("Status", key.status().name())
                .add("SecretAccessKey", created.secretAccessKey()).add("CreateDate", key.createdAt()));
    }

    QueryResult listAccessKeys(QueryCall call) {
        IamPaging paging = IamPaging.parse(call.input());
        Caller caller = call.caller();
        return paging.writeAll(QueryResult.of(), "AccessKeyMetadata",
                keys.list(caller.accountId(), caller.principalArn(), call.input().string("UserName")),
                IamAccessKey::accessKeyId, key -> QueryResult.of().add("UserName", key.userName())
                        .add("AccessKeyId", key.accessKeyId()).add("Status", key.status().name())
                        .add("CreateDate", key.createdAt()));
    }

    QueryResult updateAccessKey(QueryCall call) {
        Caller caller = call.caller();
        keys.updateStatus(caller.accountId(), caller.principalArn(), call.input().string("UserName"),
                call.input().requiredString("AccessKeyId"),
                AccessKeyStatus.parse(call.input().requiredString("Status")));
        return QueryResult.none();
    }

    QueryResult deleteAccessKey(QueryCall call) {
        Caller caller = call.caller();
        keys.delete(caller.accountId(), caller.principalArn(), call.input().string("UserName"),
                call.input().requiredString("AccessKeyId"));
        return QueryResult.none();
    }

    QueryResult getAccessKeyLastUsed(QueryCall call) {
        IamAccessKey key = keys.lastUsed(call.caller().accountId(), call.input().requiredString("AccessKeyId"));
        return QueryResult.of().add("UserName", key.userName()).add("AccessKeyLastUsed", QueryResult.of()
                .add("LastUsedDate", key.lastUsedAt())
                .add("ServiceName", key.lastUsedService() == null ? NOT_USED : key.lastUsedService())
                .add("Region", key.lastUsedRegion() == null ? NOT_USED : key.lastUsedRegion()));
    }
}
