package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.platform.PlatformConfig;
import io.gatehouse.userpool.CustomAttribute;
import io.gatehouse.userpool.MessageTemplates;
import io.gatehouse.userpool.MfaConfiguration;
import io.gatehouse.userpool.MfaType;
import io.gatehouse.userpool.PasswordPolicy;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.RecoveryMechanism;
import io.gatehouse.userpool.UserPool;
import io.gatehouse.userpool.UserPoolError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The one place where Cognito's user-pool shapes meet the domain's {@link UserPool} and
 * {@link PoolSettings}, in both directions: the members of CreateUserPool and UpdateUserPool, and
 * UserPoolType as CreateUserPool and DescribeUserPool return it. Schema, messages and MFA have
 * their own mappers. The domain checks the rules (bounds, exclusions); this class checks shapes
 * and the values Gatehouse does not support (case-sensitive usernames, SMS, link verification).
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html">CreateUserPool</a>
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_UserPoolType.html">UserPoolType</a>
 */
@ApplicationScoped
class UserPoolMapper {

    static final String POOL_NAME = "PoolName";
    private static final String POLICIES = "Policies";
    private static final String PASSWORD_POLICY = "PasswordPolicy";
    private static final String ADMIN_CREATE_USER_CONFIG = "AdminCreateUserConfig";
    private static final String ACCOUNT_RECOVERY = "AccountRecoverySetting";
    private static final String DELETION_PROTECTION = "DeletionProtection";
    private static final String ACTIVE = "ACTIVE";
    private static final List<String> PROTECTION_VALUES = List.of(ACTIVE, "INACTIVE");
    private static final List<String> RECOVERY_NAMES = Arrays.stream(RecoveryMechanism.values()).map(Enum::name).toList();

    private final PlatformConfig platform;

    UserPoolMapper(PlatformConfig platform) {
        this.platform = Objects.requireNonNull(platform, "platform");
    }

    /** The required PoolName of CreateUserPool. */
    String requiredName(JsonInput input) {
        return input.requiredString(POOL_NAME);
    }

    /** The PoolName of UpdateUserPool, or null to keep the current name. */
    String newName(JsonInput input) {
        return input.string(POOL_NAME);
    }

    /** The settings of a CreateUserPool request; members left out take Cognito's defaults. */
    PoolSettings createSettings(JsonInput in) {
        requireCaseInsensitive(in.object("UsernameConfiguration"));
        SchemaMapper.Schema schema = SchemaMapper.schema(in.objects(SchemaMapper.SCHEMA));
        return settings(in, strings(in, "UsernameAttributes"), strings(in, "AliasAttributes"),
                schema.requiredAttributes(), schema.customAttributes(), null, MessageTemplates.DEFAULT)
                .withTriggers(LambdaConfigMapper.triggers(in, null));
    }

    /**
     * The settings after an UpdateUserPool request. As the Cognito API reference says, "If you don't
     * provide a value for an attribute, Amazon Cognito sets it to its default value". Sign-in
     * attributes and the schema are not members of UpdateUserPool and stay; so do the MFA factors
     * and the email MFA texts, which only SetUserPoolMfaConfig changes. LambdaConfig is a member, so
     * leaving it out removes the triggers, as in Cognito ({@link LambdaConfigMapper}).
     */
    PoolSettings updateSettings(JsonInput in, PoolSettings current) {
        return settings(in, current.usernameAttributes(), current.aliasAttributes(), current.requiredAttributes(),
                current.customAttributes(), current.mfaTypes(), current.messages())
                .withTriggers(LambdaConfigMapper.triggers(in, current.triggers()));
    }

    /** UserPoolType, as CreateUserPool and DescribeUserPool return it. */
    JsonOutput userPoolType(UserPool pool) {
        PoolSettings s = pool.settings();
        MessageTemplates messages = s.messages();
        return JsonOutput.object()
                .put("Id", pool.id())
                .put("Name", pool.name())
                .put("Arn", arn(pool))
                .put("CreationDate", pool.createdAt())
                .put("LastModifiedDate", pool.updatedAt())
                .put(POLICIES, JsonOutput.object().put(PASSWORD_POLICY, passwordPolicy(s.passwordPolicy()))
                        .put("SignInPolicy", JsonOutput.object().strings("AllowedFirstAuthFactors", List.of("PASSWORD"))))
                .put(LambdaConfigMapper.LAMBDA_CONFIG, LambdaConfigMapper.lambdaConfig(s.triggers()))
                .objects("SchemaAttributes", SchemaMapper.schemaAttributes(s))
                .strings("AutoVerifiedAttributes", sorted(s.autoVerifiedAttributes()))
                .strings("UsernameAttributes", sorted(s.usernameAttributes()))
                .strings("AliasAttributes", sorted(s.aliasAttributes()))
                .put(MessageMapper.EMAIL_VERIFICATION_MESSAGE, messages.verificationMessage())
                .put(MessageMapper.EMAIL_VERIFICATION_SUBJECT, messages.verificationSubject())
                .put(MessageMapper.VERIFICATION_TEMPLATE, MessageMapper.verificationTemplate(messages))
                .put(MfaConfigMapper.MFA_CONFIGURATION, s.mfaConfiguration().name())
                .put(ADMIN_CREATE_USER_CONFIG, JsonOutput.object()
                        .put("AllowAdminCreateUserOnly", s.adminCreateUserOnly())
                        .put("UnusedAccountValidityDays", s.passwordPolicy().temporaryPasswordValidityDays())
                        .put(MessageMapper.INVITE_TEMPLATE, MessageMapper.inviteTemplate(messages)))
                .put("UsernameConfiguration", JsonOutput.object().put("CaseSensitive", false))
                .put(ACCOUNT_RECOVERY, recovery(s.accountRecovery()))
                .put(DELETION_PROTECTION, s.deletionProtection() ? ACTIVE : "INACTIVE");
    }

    /** UserPoolDescriptionType, the ListUserPools entry. */
    JsonOutput description(UserPool pool) {
        return JsonOutput.object()
                .put("Id", pool.id())
                .put("Name", pool.name())
                .put(LambdaConfigMapper.LAMBDA_CONFIG, LambdaConfigMapper.lambdaConfig(pool.settings().triggers()))
                .put("CreationDate", pool.createdAt())
                .put("LastModifiedDate", pool.updatedAt());
    }

    /** {@code arn:aws:cognito-idp:<region>:<account>:userpool/<id>}. */
    String arn(UserPool pool) {
        return "arn:aws:cognito-idp:" + platform.region() + ":" + pool.accountId() + ":userpool/" + pool.id();
    }

    /** The members CreateUserPool and UpdateUserPool share; the rest comes from the arguments. */
    private static PoolSettings settings(JsonInput in, Set<String> usernameAttributes, Set<String> aliasAttributes,
                                         Set<String> required, List<CustomAttribute> custom, Set<MfaType> mfaTypes,
                                         MessageTemplates kept) {
        JsonInput admin = in.object(ADMIN_CREATE_USER_CONFIG);
        MfaConfiguration mfa = MfaConfigMapper.configuration(in);
        return new PoolSettings(passwordPolicy(in.object(POLICIES)), usernameAttributes, aliasAttributes, required,
                custom, strings(in, "AutoVerifiedAttributes"), admin == null ? null : admin.bool("AllowAdminCreateUserOnly"),
                mfa, mfaTypes, recovery(in.object(ACCOUNT_RECOVERY)),
                ACTIVE.equals(in.oneOf(DELETION_PROTECTION, PROTECTION_VALUES)),
                MessageMapper.templates(in, admin, kept), null);
    }

    private static PasswordPolicy passwordPolicy(JsonInput policies) {
        JsonInput p = policies == null ? null : policies.object(PASSWORD_POLICY);
        requirePasswordFirstFactor(policies == null ? null : policies.object("SignInPolicy"));
        if (p == null) {
            return null;
        }
        Integer history = p.integer("PasswordHistorySize");
        if (history != null && history != 0) {
            throw invalid("PasswordHistorySize is not supported by Gatehouse");
        }
        return new PasswordPolicy(p.integer("MinimumLength"), p.bool("RequireUppercase"), p.bool("RequireLowercase"),
                p.bool("RequireNumbers"), p.bool("RequireSymbols"), p.integer("TemporaryPasswordValidityDays"));
    }

    private static JsonOutput passwordPolicy(PasswordPolicy p) {
        return JsonOutput.object()
                .put("MinimumLength", p.minimumLength())
                .put("RequireUppercase", p.requireUppercase())
                .put("RequireLowercase", p.requireLowercase())
                .put("RequireNumbers", p.requireNumbers())
                .put("RequireSymbols", p.requireSymbols())
                .put("TemporaryPasswordValidityDays", p.temporaryPasswordValidityDays());
    }

    /** Choice-based sign-in (passwordless first factors) does not exist in Gatehouse. */
    private static void requirePasswordFirstFactor(JsonInput signInPolicy) {
        List<String> factors = signInPolicy == null ? null : signInPolicy.strings("AllowedFirstAuthFactors");
        if (factors != null && !factors.isEmpty() && !List.of("PASSWORD").equals(factors)) {
            throw invalid("SignInPolicy.AllowedFirstAuthFactors other than PASSWORD are not supported by Gatehouse");
        }
    }

    /** RecoveryMechanisms ordered by Priority, which must be distinct. */
    private static List<RecoveryMechanism> recovery(JsonInput setting) {
        List<JsonInput> mechanisms = setting == null ? null : setting.objects("RecoveryMechanisms");
        if (mechanisms == null) {
            return null;
        }
        Set<Integer> priorities = new HashSet<>();
        List<JsonInput> ordered = new ArrayList<>(mechanisms);
        for (JsonInput m : mechanisms) {
            Integer priority = m.integer("Priority");
            if (priority == null) {
                throw JsonInput.missing("Priority");
            }
            if (!priorities.add(priority)) {
                throw invalid("RecoveryMechanisms must have distinct priorities");
            }
        }
        ordered.sort(Comparator.comparing(m -> m.integer("Priority")));
        return ordered.stream().map(m -> {
            String name = m.oneOf("Name", RECOVERY_NAMES);
            if (name == null) {
                throw JsonInput.missing("Name");
            }
            return RecoveryMechanism.valueOf(name);
        }).toList();
    }

    private static JsonOutput recovery(List<RecoveryMechanism> mechanisms) {
        return JsonOutput.object().objects("RecoveryMechanisms", IntStream.range(0, mechanisms.size())
                .mapToObj(i -> JsonOutput.object().put("Priority", i + 1).put("Name", mechanisms.get(i).name()))
                .toList());
    }

    /** Gatehouse usernames are always case-insensitive, Cognito's default and recommendation. */
    private static void requireCaseInsensitive(JsonInput usernameConfiguration) {
        if (usernameConfiguration != null && Boolean.TRUE.equals(usernameConfiguration.bool("CaseSensitive"))) {
            throw invalid("UsernameConfiguration.CaseSensitive=true is not supported: usernames in Gatehouse are "
                    + "always case-insensitive");
        }
    }

    private static Set<String> strings(JsonInput in, String member) {
        List<String> values = in.strings(member);
        return values == null ? null : new LinkedHashSet<>(values);
    }

    private static List<String> sorted(Set<String> values) {
        return values.isEmpty() ? null : values.stream().sorted().toList();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
