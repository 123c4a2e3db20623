package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.userpool.triggers.TriggerInput;

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

    static final String CLIENT_METADATA = "ClientMetadata";
    static final String VALIDATION_DATA = "ValidationData";

    private Members() {
    }

    /** ClientMetadata (a string map), bounded; sent to the triggers as {@code clientMetadata}. */
    static TriggerInput clientMetadata(JsonInput in) {
        return TriggerInput.of(CLIENT_METADATA, in.stringMap(CLIENT_METADATA));
    }

    /** ValidationData (a list of AttributeType), bounded; sent to the pre sign-up trigger as {@code validationData}. */
    static TriggerInput validationData(JsonInput in) {
        return TriggerInput.of(VALIDATION_DATA, UserMapper.attributes(in, VALIDATION_DATA));
    }
}
