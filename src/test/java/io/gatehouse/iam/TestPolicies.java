package io.gatehouse.iam;

/** Policy documents for tests, as the JSON text a client sends. */
public final class TestPolicies {

    public static final String ADMIN_ARN = "arn:aws:iam::aws:policy/AdministratorAccess";
    public static final String READ_ONLY_ARN = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    private TestPolicies() {
    }

    /** A trust policy letting the bootstrap account assume the role. */
    public static String trustAccount() {
        return """
                {"Version":"2012-10-17","Statement":[{"Effect":"Allow",\
                "Principal":{"AWS":"arn:aws:iam::000000000000:root"},"Action":"sts:AssumeRole"}]}""";
    }

    /** An identity policy allowing {@code action} on everything. */
    public static String allow(String action) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"" + action
                + "\",\"Resource\":\"*\"}]}";
    }
}
