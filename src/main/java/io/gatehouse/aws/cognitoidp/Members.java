package io.gatehouse.aws.cognitoidp;

/**
 * Member names shared by many Cognito operations, spelled as on the wire.
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/Welcome.html">Cognito user pools API reference</a>
 */
final class Members {

    static final String USER_POOL_ID = "UserPoolId";
    static final String CLIENT_ID = "ClientId";
    static final String USERNAME = "Username";
    static final String GROUP_NAME = "GroupName";
    static final String IDENTIFIER = "Identifier";
    static final String MAX_RESULTS = "MaxResults";
    static final String LIMIT = "Limit";
    static final String NEXT_TOKEN = "NextToken";
    static final String PAGINATION_TOKEN = "PaginationToken";

    private Members() {
    }
}
