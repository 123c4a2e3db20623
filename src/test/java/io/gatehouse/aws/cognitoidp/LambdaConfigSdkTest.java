package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.LambdaConfigType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.PreTokenGenerationLambdaVersionType;

/** LambdaConfig on CreateUserPool, UpdateUserPool and DescribeUserPool: webhook URLs in, the same out, ARNs refused. */
@GatehouseTest
class LambdaConfigSdkTest {

    private static final String HOOKS = "https://hooks.example.com/cognito/";

    private CognitoIdentityProviderClient cognito;

    @BeforeEach
    void client() {
        cognito = CognitoClients.root();
    }

    @AfterEach
    void close() {
        cognito.close();
    }

    @Test
    void createUserPoolWhenLambdaConfigUrlsThenDescribeReturnsThem() {
        String id = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda")).lambdaConfig(l -> l
                .preSignUp(HOOKS + "pre-sign-up").postConfirmation(HOOKS + "post-confirmation")
                .preAuthentication(HOOKS + "pre-auth").postAuthentication(HOOKS + "post-auth")
                .customMessage(HOOKS + "message").userMigration(HOOKS + "migrate")
                .preTokenGenerationConfig(p -> p.lambdaVersion(PreTokenGenerationLambdaVersionType.V2_0)
                        .lambdaArn(HOOKS + "token")))).userPool().id();

        LambdaConfigType config = cognito.describeUserPool(r -> r.userPoolId(id)).userPool().lambdaConfig();

        assertThat(config.preSignUp()).isEqualTo(HOOKS + "pre-sign-up");
        assertThat(config.postConfirmation()).isEqualTo(HOOKS + "post-confirmation");
        assertThat(config.preAuthentication()).isEqualTo(HOOKS + "pre-auth");
        assertThat(config.postAuthentication()).isEqualTo(HOOKS + "post-auth");
        assertThat(config.customMessage()).isEqualTo(HOOKS + "message");
        assertThat(config.userMigration()).isEqualTo(HOOKS + "migrate");
        assertThat(config.preTokenGeneration()).isEqualTo(HOOKS + "token");
        assertThat(config.preTokenGenerationConfig().lambdaVersion()).isEqualTo(PreTokenGenerationLambdaVersionType.V2_0);
        assertThat(config.preTokenGenerationConfig().lambdaArn()).isEqualTo(HOOKS + "token");
    }

    @Test
    void updateUserPoolWhenLambdaConfigChangedOrLeftOutThenReplacedOrCleared() {
        String id = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))
                .lambdaConfig(l -> l.preSignUp(HOOKS + "old").preTokenGeneration(HOOKS + "token"))).userPool().id();

        cognito.updateUserPool(r -> r.userPoolId(id).lambdaConfig(l -> l.postConfirmation(HOOKS + "new")));
        LambdaConfigType changed = cognito.describeUserPool(r -> r.userPoolId(id)).userPool().lambdaConfig();
        cognito.updateUserPool(r -> r.userPoolId(id));
        LambdaConfigType cleared = cognito.describeUserPool(r -> r.userPoolId(id)).userPool().lambdaConfig();

        assertThat(changed.preSignUp()).isNull();
        assertThat(changed.postConfirmation()).isEqualTo(HOOKS + "new");
        assertThat(changed.preTokenGeneration()).isNull();
        assertThat(cleared.postConfirmation()).isNull();
    }

    @Test
    void createUserPoolWhenPreTokenGenerationOnlyThenVersionOneReported() {
        String id = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))
                .lambdaConfig(l -> l.preTokenGeneration(HOOKS + "token"))).userPool().id();

        LambdaConfigType config = cognito.describeUserPool(r -> r.userPoolId(id)).userPool().lambdaConfig();

        assertThat(config.preTokenGenerationConfig().lambdaVersion()).isEqualTo(PreTokenGenerationLambdaVersionType.V1_0);
    }

    @Test
    void createUserPoolWhenLambdaArnThenInvalidParameterNamingWebhooks() {
        var e = assertAwsError(() -> cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))
                .lambdaConfig(l -> l.preSignUp("arn:aws:lambda:us-east-1:123456789012:function:preSignUp"))),
                "InvalidParameterException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).contains("PreSignUp").contains("https webhooks")
                .contains("docs/triggers.md");
    }

    @Test
    void updateUserPoolWhenHttpUrlNotLoopbackThenInvalidParameter() {
        String id = cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))).userPool().id();

        assertAwsError(() -> cognito.updateUserPool(r -> r.userPoolId(id)
                .lambdaConfig(l -> l.customMessage("http://hooks.example.com/message"))), "InvalidParameterException", 400);
    }

    @Test
    void createUserPoolWhenCustomAuthTriggerThenInvalidParameter() {
        var e = assertAwsError(() -> cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))
                .lambdaConfig(l -> l.defineAuthChallenge(HOOKS + "define"))), "InvalidParameterException", 400);

        assertThat(e.awsErrorDetails().errorMessage()).contains("DefineAuthChallenge");
    }

    @Test
    void createUserPoolWhenTokenUrlsDisagreeThenInvalidParameter() {
        assertAwsError(() -> cognito.createUserPool(r -> r.poolName(PoolFixtures.unique("lambda"))
                .lambdaConfig(l -> l.preTokenGeneration(HOOKS + "a").preTokenGenerationConfig(p -> p
                        .lambdaVersion(PreTokenGenerationLambdaVersionType.V1_0).lambdaArn(HOOKS + "b")))),
                "InvalidParameterException", 400);
    }
}
