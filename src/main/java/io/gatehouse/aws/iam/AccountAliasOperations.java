package io.gatehouse.aws.iam;

import io.gatehouse.account.AccountService;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;

/**
 * IAM's account alias calls. An account has at most one alias, so a list never needs a second
 * page and is never truncated.
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_ListAccountAliases.html">ListAccountAliases</a>
 */
@ApplicationScoped
public class AccountAliasOperations implements QueryOperations {

    private final AccountService accounts;

    public AccountAliasOperations(AccountService accounts) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("ListAccountAliases", this::listAccountAliases));
    }

    QueryResult listAccountAliases(QueryCall call) {
        call.input().string("Marker", 1, 320);
        call.input().integer("MaxItems", 1, 1000);
        List<String> aliases = accounts.alias(call.caller().accountId()).stream().toList();
        return QueryResult.of().addStrings("AccountAliases", aliases).add("IsTruncated", false);
    }
}
