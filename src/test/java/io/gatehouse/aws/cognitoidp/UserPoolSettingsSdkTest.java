package io.gatehouse.aws.cognitoidp;

import static io.gatehouse.testing.AwsAssertions.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import io.gatehouse.testing.CognitoClients;
import io.gatehouse.testing.GatehouseTest;
import io.gatehouse.testing.PoolFixtures;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeDataType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.CreateUserPoolRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DefaultEmailOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.DeletionProtectionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.MessageActionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionNameType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.RecoveryOptionType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SchemaAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.SetUserPoolMfaConfigResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolMfaType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserPoolType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;

/**
 * Pool settings through CreateUserPool, DescribeUserPool, UpdateUserPool, AddCustomAttributes,
 * SetUserPoolMfaConfig and GetUserPoolMfaConfig with the AWS SDK, in Cognito's shapes.
 */
@GatehouseTest
class UserPoolSettingsSdkTest {

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
    void createUserPoolWhenEverySettingThenDescribeReturnsThem() {
        String id = create(r -> r
                .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(12).requireUppercase(true)
                        .requireLowercase(false).requireNumbers(true).requireSymbols(false)
                        .temporaryPasswordValidityDays(3)))
                .aliasAttributesWithStrings("email", "preferred_username")
                .usernameConfiguration(u -> u.caseSensitive(false))
                .schema(SchemaAttributeType.builder().name("email").attributeDataType(AttributeDataType.STRING)
                                .required(true).mutable(true).build(),
                        SchemaAttributeType.builder().name("tier").attributeDataType(AttributeDataType.STRING)
                                .mutable(false).stringAttributeConstraints(c -> c.minLength("1").maxLength("16")).build(),
                        SchemaAttributeType.builder().name("level").attributeDataType(AttributeDataType.NUMBER)
                                .numberAttributeConstraints(c -> c.minValue("0").maxValue("10")).build())
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true)
                        .inviteMessageTemplate(t -> t.emailSubject("Welcome").emailMessage("Hi {username}: {####}")))
                .verificationMessageTemplate(v -> v.emailSubject("Verify").emailMessage("Code {####}")
                        .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_CODE))
                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                .accountRecoverySetting(a -> a.recoveryMechanisms(
                        recovery(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 2),
                        recovery(RecoveryOptionNameType.VERIFIED_EMAIL, 1)))
                .deletionProtection(DeletionProtectionType.ACTIVE));

        UserPoolType pool = describe(id);

        assertThat(pool.policies().passwordPolicy()).satisfies(p -> {
            assertThat(p.minimumLength()).isEqualTo(12);
            assertThat(p.requireUppercase()).isTrue();
            assertThat(p.requireLowercase()).isFalse();
            assertThat(p.requireNumbers()).isTrue();
            assertThat(p.requireSymbols()).isFalse();
            assertThat(p.temporaryPasswordValidityDays()).isEqualTo(3);
        });
        assertThat(pool.aliasAttributesAsStrings()).containsExactly("email", "preferred_username");
        assertThat(pool.usernameAttributes()).isEmpty();
        assertThat(pool.usernameConfiguration().caseSensitive()).isFalse();
        assertThat(pool.autoVerifiedAttributes()).containsExactly(VerifiedAttributeType.EMAIL);
        assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isTrue();
        assertThat(pool.adminCreateUserConfig().inviteMessageTemplate().emailSubject()).isEqualTo("Welcome");
        assertThat(pool.adminCreateUserConfig().inviteMessageTemplate().emailMessage()).isEqualTo("Hi {username}: {####}");
        assertThat(pool.verificationMessageTemplate().emailSubject()).isEqualTo("Verify");
        assertThat(pool.verificationMessageTemplate().emailMessage()).isEqualTo("Code {####}");
        assertThat(pool.verificationMessageTemplate().defaultEmailOption()).isEqualTo(DefaultEmailOptionType.CONFIRM_WITH_CODE);
        assertThat(pool.emailVerificationSubject()).isEqualTo("Verify");
        assertThat(pool.emailVerificationMessage()).isEqualTo("Code {####}");
        assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OPTIONAL);
        assertThat(pool.accountRecoverySetting().recoveryMechanisms()).containsExactly(
                recovery(RecoveryOptionNameType.VERIFIED_EMAIL, 1), recovery(RecoveryOptionNameType.VERIFIED_PHONE_NUMBER, 2));
        assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
        assertThat(pool.schemaAttributes().get(0).name()).isEqualTo("sub");
        assertThat(attribute(pool, "sub").required()).isTrue();
        assertThat(attribute(pool, "sub").mutable()).isFalse();
        assertThat(attribute(pool, "email").required()).isTrue();
        assertThat(attribute(pool, "given_name").required()).isFalse();
        assertThat(attribute(pool, "email_verified").attributeDataType()).isEqualTo(AttributeDataType.BOOLEAN);
        SchemaAttributeType tier = attribute(pool, "custom:tier");
        assertThat(tier.attributeDataType()).isEqualTo(AttributeDataType.STRING);
        assertThat(tier.mutable()).isFalse();
        assertThat(tier.required()).isFalse();
        assertThat(tier.stringAttributeConstraints().minLength()).isEqualTo("1");
        assertThat(tier.stringAttributeConstraints().maxLength()).isEqualTo("16");
        SchemaAttributeType level = attribute(pool, "custom:level");
        assertThat(level.attributeDataType()).isEqualTo(AttributeDataType.NUMBER);
        assertThat(level.mutable()).isTrue();
        assertThat(level.numberAttributeConstraints().minValue()).isEqualTo("0");
        assertThat(level.numberAttributeConstraints().maxValue()).isEqualTo("10");
        unprotect(id);
    }

    @Test
    void createUserPoolWhenNothingSetThenCognitoDefaultsDescribed() {
        UserPoolType pool = describe(create(r -> { }));

        assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(8);
        assertThat(pool.policies().passwordPolicy().requireSymbols()).isTrue();
        assertThat(pool.policies().passwordPolicy().temporaryPasswordValidityDays()).isEqualTo(7);
        assertThat(pool.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
        assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).isFalse();
        assertThat(pool.verificationMessageTemplate().emailMessage()).contains("{####}");
        assertThat(pool.accountRecoverySetting().recoveryMechanisms()).extracting(RecoveryOptionType::name)
                .containsExactly(RecoveryOptionNameType.VERIFIED_EMAIL, RecoveryOptionNameType.VERIFIED_PHONE_NUMBER);
        assertThat(pool.schemaAttributes()).extracting(SchemaAttributeType::name).contains("sub", "email", "updated_at")
                .noneMatch(n -> n.startsWith("custom:"));
    }

    @Test
    void updateUserPoolWhenSettingsOmittedThenTheyReturnToDefaultsButSchemaAndSignInStay() {
        String id = create(r -> r.usernameAttributesWithStrings("email")
                .schema(SchemaAttributeType.builder().name("tier").attributeDataType(AttributeDataType.STRING).build())
                .policies(p -> p.passwordPolicy(pp -> pp.minimumLength(20)))
                .autoVerifiedAttributes(VerifiedAttributeType.EMAIL)
                .mfaConfiguration(UserPoolMfaType.OPTIONAL)
                .adminCreateUserConfig(a -> a.allowAdminCreateUserOnly(true)));

        cognito.updateUserPool(r -> r.userPoolId(id).policies(p -> p.passwordPolicy(pp -> pp.minimumLength(9)
                .requireNumbers(true))).deletionProtection(DeletionProtectionType.ACTIVE));

        UserPoolType pool = describe(id);
        assertThat(pool.policies().passwordPolicy().minimumLength()).isEqualTo(9);
        assertThat(pool.policies().passwordPolicy().requireNumbers()).isTrue();
        assertThat(pool.policies().passwordPolicy().requireUppercase()).isFalse();
        assertThat(pool.deletionProtection()).isEqualTo(DeletionProtectionType.ACTIVE);
        assertThat(pool.autoVerifiedAttributes()).as("reset").isEmpty();
        assertThat(pool.mfaConfiguration()).as("reset").isEqualTo(UserPoolMfaType.OFF);
        assertThat(pool.adminCreateUserConfig().allowAdminCreateUserOnly()).as("reset").isFalse();
        assertThat(pool.usernameAttributesAsStrings()).as("kept").containsExactly("email");
        assertThat(attribute(pool, "custom:tier")).as("kept").isNotNull();
        unprotect(id);
        assertThat(describe(id).deletionProtection()).isEqualTo(DeletionProtectionType.INACTIVE);
    }

    @Test
    void addCustomAttributesWhenAddedThenAdminCreateUserTakesItAndUndeclaredFails() {
        String id = create(r -> { });

        cognito.addCustomAttributes(r -> r.userPoolId(id).customAttributes(SchemaAttributeType.builder()
                .name("plan").attributeDataType(AttributeDataType.STRING)
                .stringAttributeConstraints(c -> c.maxLength("8")).build()));

        assertThat(attribute(describe(id), "custom:plan").stringAttributeConstraints().maxLength()).isEqualTo("8");
        cognito.adminCreateUser(r -> r.userPoolId(id).username("carol").messageAction(MessageActionType.SUPPRESS)
                .userAttributes(attr("custom:plan", "gold")));
        assertThat(cognito.adminGetUser(r -> r.userPoolId(id).username("carol")).userAttributes())
                .contains(attr("custom:plan", "gold"));
        assertInvalid(() -> cognito.adminCreateUser(r -> r.userPoolId(id).username("dave")
                .messageAction(MessageActionType.SUPPRESS).userAttributes(attr("custom:other", "x"))), "custom:other");
        assertInvalid(() -> cognito.adminCreateUser(r -> r.userPoolId(id).username("erin")
                .messageAction(MessageActionType.SUPPRESS).userAttributes(attr("custom:plan", "platinum1"))), "custom:plan");
    }

    @Test
    void addCustomAttributesWhenNameExistsThenInvalidParameter() {
        String id = create(r -> r.schema(SchemaAttributeType.builder().name("plan").build()));

        assertInvalid(() -> cognito.addCustomAttributes(r -> r.userPoolId(id).customAttributes(
                SchemaAttributeType.builder().name("plan").attributeDataType(AttributeDataType.NUMBER).build())),
                "Existing attribute already has name custom:plan");
    }

    @Test
    void createUserPoolWhenRequiredCustomAttributeThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("tier").required(true).build())),
                "Required custom attributes are not supported");
    }

    @Test
    void createUserPoolWhenSchemaTypeUnknownThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("tier")
                .attributeDataType("Text").build())), "attributeDataType");
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("email")
                .attributeDataType(AttributeDataType.NUMBER).build())), "email");
    }

    @Test
    void createUserPoolWhenMinGreaterThanMaxThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("tier")
                .stringAttributeConstraints(c -> c.minLength("9").maxLength("3")).build())), "tier");
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("level")
                .attributeDataType(AttributeDataType.NUMBER)
                .numberAttributeConstraints(c -> c.minValue("5").maxValue("1")).build())), "MinValue");
        assertInvalid(() -> create(r -> r.schema(SchemaAttributeType.builder().name("tier")
                .stringAttributeConstraints(c -> c.maxLength("ten")).build())), "MaxLength");
    }

    @Test
    void createUserPoolWhenUsernameAndAliasAttributesThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.usernameAttributesWithStrings("email").aliasAttributesWithStrings("phone_number")),
                "UsernameAttributes and AliasAttributes");
    }

    @Test
    void createUserPoolWhenCaseSensitiveThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.usernameConfiguration(u -> u.caseSensitive(true))), "case-insensitive");
    }

    @Test
    void createUserPoolWhenConfirmWithLinkThenInvalidParameter() {
        assertInvalid(() -> create(r -> r.verificationMessageTemplate(v -> v
                .defaultEmailOption(DefaultEmailOptionType.CONFIRM_WITH_LINK))), "CONFIRM_WITH_LINK");
    }

    @Test
    void deleteUserPoolWhenDeletionProtectionActiveThenInvalidParameterUntilInactive() {
        String id = create(r -> r.deletionProtection(DeletionProtectionType.ACTIVE));

        assertInvalid(() -> cognito.deleteUserPool(r -> r.userPoolId(id)), "deletion protection");
        assertThat(describe(id).id()).isEqualTo(id);

        cognito.updateUserPool(r -> r.userPoolId(id).deletionProtection(DeletionProtectionType.INACTIVE));
        cognito.deleteUserPool(r -> r.userPoolId(id));
        assertAwsError(() -> describe(id), "ResourceNotFoundException", 400);
    }

    @Test
    void setUserPoolMfaConfigWhenSetThenGetAndDescribeReturnIt() {
        String id = create(r -> { });

        SetUserPoolMfaConfigResponse set = cognito.setUserPoolMfaConfig(r -> r.userPoolId(id)
                .mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(t -> t.enabled(true))
                .emailMfaConfiguration(e -> e.subject("Sign-in code").message("Your code: {####}")));

        assertThat(set.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
        GetUserPoolMfaConfigResponse got = cognito.getUserPoolMfaConfig(r -> r.userPoolId(id));
        assertThat(got.mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);
        assertThat(got.softwareTokenMfaConfiguration().enabled()).isTrue();
        assertThat(got.emailMfaConfiguration().subject()).isEqualTo("Sign-in code");
        assertThat(got.emailMfaConfiguration().message()).isEqualTo("Your code: {####}");
        assertThat(got.smsMfaConfiguration()).isNull();
        assertThat(describe(id).mfaConfiguration()).isEqualTo(UserPoolMfaType.ON);

        cognito.setUserPoolMfaConfig(r -> r.userPoolId(id).mfaConfiguration(UserPoolMfaType.OFF)
                .softwareTokenMfaConfiguration(t -> t.enabled(false)));
        GetUserPoolMfaConfigResponse off = cognito.getUserPoolMfaConfig(r -> r.userPoolId(id));
        assertThat(off.mfaConfiguration()).isEqualTo(UserPoolMfaType.OFF);
        assertThat(off.softwareTokenMfaConfiguration().enabled()).isFalse();
        assertThat(off.emailMfaConfiguration()).isNull();
    }

    @Test
    void setUserPoolMfaConfigWhenOnWithoutFactorThenInvalidParameter() {
        String id = create(r -> { });

        assertInvalid(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(id).mfaConfiguration(UserPoolMfaType.ON)
                .softwareTokenMfaConfiguration(t -> t.enabled(false))), "can't turn off all MFAs");
        assertInvalid(() -> cognito.setUserPoolMfaConfig(r -> r.userPoolId(id).mfaConfiguration(UserPoolMfaType.ON)
                .smsMfaConfiguration(s -> s.smsAuthenticationMessage("{####}"))), "SMS");
    }

    @Test
    void adminCreateUserWhenUsernameAttributesEmailThenUsernameIsSubAndEmailUnique() {
        String id = create(r -> r.usernameAttributesWithStrings("email"));

        String username = cognito.adminCreateUser(r -> r.userPoolId(id).username("Frank@Example.com")
                .messageAction(MessageActionType.SUPPRESS)).user().username();

        AdminGetUserResponse user = cognito.adminGetUser(r -> r.userPoolId(id).username(username));
        assertThat(user.username()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(user.userAttributes()).contains(attr("sub", user.username()), attr("email", "Frank@Example.com"));
        AwsServiceException e = assertAwsError(() -> cognito.adminCreateUser(r -> r.userPoolId(id)
                .username("frank@example.com").messageAction(MessageActionType.SUPPRESS)), "UsernameExistsException", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains("email");
    }

    private String create(Consumer<CreateUserPoolRequest.Builder> settings) {
        return cognito.createUserPool(r -> {
            r.poolName(PoolFixtures.unique("settings"));
            settings.accept(r);
        }).userPool().id();
    }

    private UserPoolType describe(String id) {
        return cognito.describeUserPool(r -> r.userPoolId(id)).userPool();
    }

    private void unprotect(String id) {
        cognito.updateUserPool(r -> r.userPoolId(id).deletionProtection(DeletionProtectionType.INACTIVE));
    }

    private static SchemaAttributeType attribute(UserPoolType pool, String name) {
        List<SchemaAttributeType> found = pool.schemaAttributes().stream().filter(a -> a.name().equals(name)).toList();
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static RecoveryOptionType recovery(RecoveryOptionNameType name, int priority) {
        return RecoveryOptionType.builder().name(name).priority(priority).build();
    }

    private static AttributeType attr(String name, String value) {
        return AttributeType.builder().name(name).value(value).build();
    }

    private static void assertInvalid(ThrowingCallable call, String messagePart) {
        AwsServiceException e = assertAwsError(call, "InvalidParameterException", 400);
        assertThat(e.awsErrorDetails().errorMessage()).contains(messagePart);
    }
}
