package io.gatehouse.aws.iam;

import io.gatehouse.auth.Caller;
import io.gatehouse.aws.wire.QueryCall;
import io.gatehouse.aws.wire.QueryInput;
import io.gatehouse.aws.wire.QueryOperation;
import io.gatehouse.aws.wire.QueryOperations;
import io.gatehouse.aws.wire.QueryResult;
import io.gatehouse.iam.OidcProvider;
import io.gatehouse.iam.OidcProviderService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * IAM's OpenID Connect provider calls, translated to {@link OidcProviderService}. GetOpenIDConnectProvider
 * answers the URL without its scheme, as IAM does, and lists every audience the provider accepts
 * (for a user pool's provider, its app clients too).
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateOpenIDConnectProvider.html">CreateOpenIDConnectProvider</a>
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetOpenIDConnectProvider.html">GetOpenIDConnectProvider</a>
 */
@ApplicationScoped
public class OidcProviderOperations implements QueryOperations {

    private static final String ARN = "OpenIDConnectProviderArn";

    private final OidcProviderService providers;

    public OidcProviderOperations(OidcProviderService providers) {
        this.providers = Objects.requireNonNull(providers, "providers");
    }

    @Override
    public List<QueryOperation> operations() {
        return List.of(Iam.operation("CreateOpenIDConnectProvider", this::create),
                Iam.operation("GetOpenIDConnectProvider", this::get),
                Iam.operation("ListOpenIDConnectProviders", this::list),
                Iam.operation("DeleteOpenIDConnectProvider", this::delete),
                Iam.operation("AddClientIDToOpenIDConnectProvider", this::addClientId),
                Iam.operation("RemoveClientIDFromOpenIDConnectProvider", this::removeClientId),
                Iam.operation("UpdateOpenIDConnectProviderThumbprint", this::updateThumbprint),
                Iam.operation("TagOpenIDConnectProvider", this::tag),
                Iam.operation("UntagOpenIDConnectProvider", this::untag),
                Iam.operation("ListOpenIDConnectProviderTags", this::listTags));
    }

    QueryResult create(QueryCall call) {
        QueryInput in = call.input();
        Caller caller = call.caller();
        OidcProvider provider = providers.create(caller.accountId(), caller.principalArn(), in.requiredString("Url"),
                in.strings("ClientIDList"), in.strings("ThumbprintList"), in.tags("Tags"));
        QueryResult result = QueryResult.of().add(ARN, provider.arn());
        if (!provider.tags().isEmpty()) {
            result.addTags("Tags", new TreeMap<>(provider.tags()));
        }
        return result;
    }

    QueryResult get(QueryCall call) {
        OidcProvider provider = providers.get(call.caller().accountId(), call.input().requiredString(ARN));
        QueryResult result = QueryResult.of().add("Url", provider.name())
                .addStrings("ClientIDList", providers.audiences(provider))
                .addStrings("ThumbprintList", provider.thumbprints()).add("CreateDate", provider.createdAt());
        if (!provider.tags().isEmpty()) {
            result.addTags("Tags", new TreeMap<>(provider.tags()));
        }
        return result;
    }

    QueryResult list(QueryCall call) {
        return QueryResult.of().addList("OpenIDConnectProviderList", providers.list(call.caller().accountId()),
                p -> QueryResult.of().add("Arn", p.arn()));
    }

    QueryResult delete(QueryCall call) {
        providers.delete(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString(ARN));
        return QueryResult.none();
    }

    QueryResult addClientId(QueryCall call) {
        providers.addClientId(call.caller().accountId(), call.caller().principalArn(),
                call.input().requiredString(ARN), call.input().requiredString("ClientID"));
        return QueryResult.none();
    }

    QueryResult removeClientId(QueryCall call) {
        providers.removeClientId(call.caller().accountId(), call.caller().principalArn(),
                call.input().requiredString(ARN), call.input().requiredString("ClientID"));
        return QueryResult.none();
    }

    QueryResult updateThumbprint(QueryCall call) {
        providers.updateThumbprints(call.caller().accountId(), call.caller().principalArn(),
                call.input().requiredString(ARN), call.input().strings("ThumbprintList"));
        return QueryResult.none();
    }

    QueryResult tag(QueryCall call) {
        providers.tag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString(ARN),
                call.input().tags("Tags"));
        return QueryResult.none();
    }

    QueryResult untag(QueryCall call) {
        providers.untag(call.caller().accountId(), call.caller().principalArn(), call.input().requiredString(ARN),
                call.input().strings("TagKeys"));
        return QueryResult.none();
    }

    QueryResult listTags(QueryCall call) {
        OidcProvider provider = providers.get(call.caller().accountId(), call.input().requiredString(ARN));
        return RoleOperations.tagPage(provider.tags(), call.input());
    }
}
