package io.gatehouse.aws.cognitoidp;

import io.gatehouse.aws.wire.JsonInput;
import io.gatehouse.aws.wire.JsonOutput;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.CustomAttribute;
import io.gatehouse.userpool.CustomAttribute.AttributeType;
import io.gatehouse.userpool.PoolSettings;
import io.gatehouse.userpool.StandardAttributes;
import io.gatehouse.userpool.UserPoolError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cognito's SchemaAttributeType ↔ the domain's required standard attributes and
 * {@link CustomAttribute}s. An entry named after a standard attribute sets whether it is required;
 * any other name declares the custom attribute {@code custom:<Name>}. Length and value bounds are
 * strings on the wire ({@code "MaxLength": "256"}). Example entry:
 * <pre>{"Name": "tier", "AttributeDataType": "String", "Mutable": true,
 *  "StringAttributeConstraints": {"MinLength": "1", "MaxLength": "16"}}</pre>
 *
 * @see <a href="https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_SchemaAttributeType.html">SchemaAttributeType</a>
 */
final class SchemaMapper {

    static final String SCHEMA = "Schema";
    static final String CUSTOM_ATTRIBUTES = "CustomAttributes";
    private static final List<String> DATA_TYPES = Arrays.stream(AttributeType.values()).map(Enum::name).toList();
    /** The standard attributes in the order DescribeUserPool lists them. */
    private static final List<String> STANDARD_ORDER = List.of("sub", "name", "given_name", "family_name",
            "middle_name", "nickname", "preferred_username", "profile", "picture", "website", "email",
            "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified",
            "address", "updated_at");

    /** The Schema of CreateUserPool: required standard attributes and custom attributes. */
    record Schema(Set<String> requiredAttributes, List<CustomAttribute> customAttributes) {
    }

    private SchemaMapper() {
    }

    static Schema schema(List<JsonInput> entries) {
        Set<String> required = new LinkedHashSet<>();
        List<CustomAttribute> custom = new ArrayList<>();
        for (JsonInput entry : entries == null ? List.<JsonInput>of() : entries) {
            String name = entry.requiredString("Name");
            if (StandardAttributes.SUB.equals(name) || StandardAttributes.ALL.contains(name)) {
                if (standard(entry, name)) {
                    required.add(name);
                }
            } else {
                custom.add(customAttribute(entry));
            }
        }
        return new Schema(required, custom);
    }

    /** The CustomAttributes of AddCustomAttributes: every entry is a custom attribute. */
    static List<CustomAttribute> customAttributes(List<JsonInput> entries) {
        if (entries == null) {
            throw JsonInput.missing(CUSTOM_ATTRIBUTES);
        }
        return entries.stream().map(SchemaMapper::customAttribute).toList();
    }

    /** SchemaAttributes of UserPoolType: the standard attributes as Cognito lists them, then the custom ones. */
    static List<JsonOutput> schemaAttributes(PoolSettings settings) {
        List<JsonOutput> out = new ArrayList<>();
        for (String name : STANDARD_ORDER) {
            out.add(standardType(name, settings.requiredAttributes().contains(name)));
        }
        settings.customAttributes().forEach(a -> out.add(customType(a)));
        return out;
    }

    /** Whether a standard attribute's entry makes it required; its type and mutability are fixed. */
    private static boolean standard(JsonInput entry, String name) {
        String type = entry.oneOf("AttributeDataType", DATA_TYPES);
        if (type != null && !type.equals(standardType(name))) {
            throw invalid("Attribute " + name + " is of type " + standardType(name));
        }
        if (StandardAttributes.SUB.equals(name)) {
            return false;
        }
        if (Boolean.FALSE.equals(entry.bool("Mutable"))) {
            throw invalid("Immutable standard attributes are not supported by Gatehouse: " + name);
        }
        requireNotDeveloperOnly(entry);
        return Boolean.TRUE.equals(entry.bool("Required"));
    }

    private static CustomAttribute customAttribute(JsonInput entry) {
        String name = entry.requiredString("Name");
        if (Boolean.TRUE.equals(entry.bool("Required"))) {
            throw invalid("Required custom attributes are not supported currently: " + name);
        }
        requireNotDeveloperOnly(entry);
        String type = entry.oneOf("AttributeDataType", DATA_TYPES);
        JsonInput strings = entry.object("StringAttributeConstraints");
        JsonInput numbers = entry.object("NumberAttributeConstraints");
        return new CustomAttribute(name, type == null ? null : AttributeType.valueOf(type), entry.bool("Mutable"),
                integer(strings, "MinLength"), integer(strings, "MaxLength"),
                decimal(numbers, "MinValue"), decimal(numbers, "MaxValue"));
    }

    private static void requireNotDeveloperOnly(JsonInput entry) {
        if (Boolean.TRUE.equals(entry.bool("DeveloperOnlyAttribute"))) {
            throw invalid("Developer-only (dev:) attributes are not supported by Gatehouse; use app client "
                    + "WriteAttributes instead");
        }
    }

    private static JsonOutput standardType(String name, boolean required) {
        boolean sub = StandardAttributes.SUB.equals(name);
        String type = standardType(name);
        JsonOutput out = JsonOutput.object().put("Name", name).put("AttributeDataType", type)
                .put("DeveloperOnlyAttribute", false).put("Mutable", !sub).put("Required", sub || required);
        if ("Number".equals(type)) {
            return out.put("NumberAttributeConstraints", JsonOutput.object().put("MinValue", "0"));
        }
        if ("String".equals(type)) {
            String min = sub ? "1" : "birthdate".equals(name) ? "10" : "0";
            String max = "birthdate".equals(name) ? "10" : "2048";
            return out.put("StringAttributeConstraints", JsonOutput.object().put("MinLength", min).put("MaxLength", max));
        }
        return out;
    }

    private static String standardType(String name) {
        return switch (name) {
            case StandardAttributes.EMAIL_VERIFIED, StandardAttributes.PHONE_NUMBER_VERIFIED -> "Boolean";
            case "updated_at" -> "Number";
            default -> "String";
        };
    }

    private static JsonOutput customType(CustomAttribute a) {
        JsonOutput out = JsonOutput.object().put("Name", a.attributeName()).put("AttributeDataType", a.type().name())
                .put("DeveloperOnlyAttribute", false).put("Mutable", a.mutable()).put("Required", false);
        if (a.type() == AttributeType.String) {
            out.put("StringAttributeConstraints", JsonOutput.object()
                    .put("MinLength", text(a.minLength())).put("MaxLength", text(a.maxLength())));
        }
        if (a.type() == AttributeType.Number) {
            out.put("NumberAttributeConstraints", JsonOutput.object()
                    .put("MinValue", a.minValue() == null ? null : a.minValue().toPlainString())
                    .put("MaxValue", a.maxValue() == null ? null : a.maxValue().toPlainString()));
        }
        return out;
    }

    private static Integer integer(JsonInput constraints, String member) {
        String value = constraints == null ? null : constraints.string(member);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("StringAttributeConstraints." + member + " must be a whole number: " + value);
        }
    }

    private static BigDecimal decimal(JsonInput constraints, String member) {
        String value = constraints == null ? null : constraints.string(member);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw invalid("NumberAttributeConstraints." + member + " must be a number: " + value);
        }
    }

    private static String text(Integer value) {
        return value == null ? null : value.toString();
    }

    private static GatehouseException invalid(String message) {
        return new GatehouseException(UserPoolError.INVALID_PARAMETER, message);
    }
}
