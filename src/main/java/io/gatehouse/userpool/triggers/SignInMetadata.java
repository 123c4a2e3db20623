package io.gatehouse.userpool.triggers;

import jakarta.enterprise.context.RequestScoped;

/**
 * The ClientMetadata of the app sign-in call being served, for the sign-in triggers, kept per
 * request so the pluggable first factors and challenge handlers need not carry it. Cognito routes
 * it by operation: InitiateAuth's ClientMetadata reaches pre authentication and user migration as
 * {@code validationData}; RespondToAuthChallenge's reaches post authentication and pre token
 * generation as {@code clientMetadata}. Empty for every other request (hosted login, OAuth).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html#CognitoUserPools-InitiateAuth-request-ClientMetadata">InitiateAuth ClientMetadata</a>
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html#CognitoUserPools-RespondToAuthChallenge-request-ClientMetadata">RespondToAuthChallenge ClientMetadata</a>
 */
@RequestScoped
public class SignInMetadata {

    private TriggerInput validationData = TriggerInput.NONE;
    private TriggerInput clientMetadata = TriggerInput.NONE;

    /** InitiateAuth / AdminInitiateAuth: sent as {@code validationData} to pre authentication and user migration. */
    public void initiateAuth(TriggerInput metadata) {
        validationData = metadata == null ? TriggerInput.NONE : metadata;
    }

    /** RespondToAuthChallenge / AdminRespondToAuthChallenge: sent as {@code clientMetadata} to post authentication and pre token generation. */
    public void respondToAuthChallenge(TriggerInput metadata) {
        clientMetadata = metadata == null ? TriggerInput.NONE : metadata;
    }

    TriggerInput validationData() {
        return validationData;
    }

    TriggerInput clientMetadata() {
        return clientMetadata;
    }
}
