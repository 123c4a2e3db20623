package io.gatehouse.userpool;

import io.gatehouse.core.GatehouseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything about a pool that changes how its users sign up and sign in. Null parts take
 * Cognito's defaults, so a pool created with nothing set behaves as a new Cognito pool.
 * {@code usernameAttributes} (email or phone number <em>instead of</em> a username) and
 * {@code aliasAttributes} (alternative sign-in names) exclude each other, as in Cognito. Usernames
 * are always case-insensitive (Cognito's default and recommendation). {@code mfaTypes} null means
 * TOTP only; an empty set (no factor enabled) is allowed only while MFA is OFF. {@code triggers} are
 * the webhooks standing in for Cognito's Lambda triggers (their signing secret is stored apart).
 */
public record PoolSettings(
        PasswordPolicy passwordPolicy,
        Set<String> usernameAttributes,
        Set<String> aliasAttributes,
        Set<String> requiredAttributes,
        List<CustomAttribute> customAttributes,
        Set<String> autoVerifiedAttributes,
        Boolean adminCreateUserOnly,
        MfaConfiguration mfaConfiguration,
        Set<MfaType> mfaTypes,
        List<RecoveryMechanism> accountRecovery,
        Boolean deletionProtection,
        MessageTemplates messages,
        Triggers triggers) {

    public static final PoolSettings DEFAULT = new PoolSettings(null, null, null, null, null, null, false, null, null,
            null, false, null, null);
    private static final int MAX_CUSTOM_ATTRIBUTES = 50;

    public PoolSettings {
        passwordPolicy = passwordPolicy == null ? PasswordPolicy.DEFAULT : passwordPolicy;
        adminCreateUserOnly = Boolean.TRUE.equals(adminCreateUserOnly);
        deletionProtection = Boolean.TRUE.equals(deletionProtection);
        usernameAttributes = subset(usernameAttributes, StandardAttributes.USERNAME_ATTRIBUTES, "UsernameAttributes");
        aliasAttributes = subset(aliasAttributes, StandardAttributes.ALIAS_ATTRIBUTES, "AliasAttributes");
        if (!usernameAttributes.isEmpty() && !aliasAttributes.isEmpty()) {
            throw invalid("UsernameAttributes and AliasAttributes cannot both be set");
        }
        requiredAttributes = subset(requiredAttributes, StandardAttributes.ALL, "required attributes");
        customAttributes = customAttributes == null ? List.of() : List.copyOf(customAttributes);
        requireUniqueCustomAttributes(customAttributes);
        autoVerifiedAttributes = subset(autoVerifiedAttributes, StandardAttributes.VERIFIABLE, "AutoVerifiedAttributes");
        mfaConfiguration = mfaConfiguration == null ? MfaConfiguration.OFF : mfaConfiguration;
        mfaTypes = mfaTypes == null ? Set.of(MfaType.SOFTWARE_TOKEN_MFA) : Set.copyOf(mfaTypes);
        if (mfaConfiguration != MfaConfiguration.OFF && mfaTypes.isEmpty()) {
            throw invalid("Invalid MFA configuration given, can't turn off all MFAs and have MFA on");
        }
        accountRecovery = accountRecovery == null || accountRecovery.isEmpty()
                ? List.of(RecoveryMechanism.verified_email, RecoveryMechanism.verified_phone_number)
                : List.copyOf(accountRecovery);
        requireValidRecovery(accountRecovery);
        messages = messages == null ? MessageTemplates.DEFAULT : messages;
        triggers = triggers == null ? Triggers.NONE : triggers;
    }

    public PoolSettings withTriggers(Triggers newTriggers) {
        return new PoolSettings(passwordPolicy, usernameAttributes, aliasAttributes, requiredAttributes, customAttributes,
                autoVerifiedAttributes, adminCreateUserOnly, mfaConfiguration, mfaTypes, accountRecovery,
                deletionProtection, messages, newTriggers);
    }

    /** These settings with {@code added} appended to the custom attributes (AddCustomAttributes). */
    public PoolSettings withCustomAttributes(List<CustomAttribute> added) {
        List<CustomAttribute> all = new ArrayList<>(customAttributes);
        all.addAll(added);
        return new PoolSettings(passwordPolicy, usernameAttributes, aliasAttributes, requiredAttributes, all,
                autoVerifiedAttributes, adminCreateUserOnly, mfaConfiguration, mfaTypes, accountRecovery,
                deletionProtection, messages, triggers);
    }

    /** These settings with another MFA configuration, factors and messages (SetUserPoolMfaConfig). */
    public PoolSettings withMfa(MfaConfiguration newConfiguration, Set<MfaType> newTypes, MessageTemplates newMessages) {
        return new PoolSettings(passwordPolicy, usernameAttributes, aliasAttributes, requiredAttributes,
                customAttributes, autoVerifiedAttributes, adminCreateUserOnly, newConfiguration, newTypes,
                accountRecovery, deletionProtection, newMessages, triggers);
    }

    public Optional<CustomAttribute> customAttribute(String attributeName) {
        return customAttributes.stream().filter(a -> a.attributeName().equals(attributeName)).findFirst();
    }

    /** Whether users may sign in with this attribute's value instead of their username. */
    public boolean signsInWith(String attribute) {
        return usernameAttributes.contains(attribute) || aliasAttributes.contains(attribute);
    }

    public boolean mfaOffered(MfaType type) {
        return mfaConfiguration != MfaConfiguration.OFF && mfaTypes.contains(type);
    }

    /** As in Cognito: one or two distinct mechanisms, and admin_only alone. */
    private static void requireValidRecovery(List<RecoveryMechanism> mechanisms) {
        if (mechanisms.size() > 2 || new HashSet<>(mechanisms).size() != mechanisms.size()) {
            throw invalid("AccountRecoverySetting takes one or two different recovery mechanisms");
        }
        if (mechanisms.contains(RecoveryMechanism.admin_only) && mechanisms.size() > 1) {
            throw invalid("admin_only cannot be combined with another recovery mechanism");
        }
    }

    private static void requireUniqueCustomAttributes(List<CustomAttribute> attributes) {
        if (attributes.size() > MAX_CUSTOM_ATTRIBUTES) {
            throw invalid("A pool has at most " + MAX_CUSTOM_ATTRIBUTES + " custom attributes");
        }
        Set<String> names = new HashSet<>();
        for (CustomAttribute a : attributes) {
            if (!names.add(a.name())) {
                throw invalid("Duplicate custom attribute " + a.name());
            }
        }
    }

    private static Set<String> subset(Set<String> values, Set<String> allowed, String what) {
        if (values == null) {
            return Set.of();
        }
        for (String v : values) {
            if (!allowed.contains(v)) {
                throw invalid("Invalid value in " + what + ": " + v);
            }
        }
        return Set.copyOf(values);
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
