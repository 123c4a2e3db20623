package io.gatehouse.iam;

import io.gatehouse.core.GatehouseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Gatehouse-managed policies, {@code arn:aws:iam::aws:policy/<name>}: AWS's managed policies of
 * the same names with their action lists cut down to the services Gatehouse serves. They are
 * defined here (documents in {@code iam/aws-managed/<name>.json}), read-only, listed with
 * {@code Scope=AWS} and attachable in every account. Each has one version, {@code v1}.
 *
 * @see <a href="https://docs.aws.amazon.com/aws-managed-policy/latest/reference/policy-list.html">AWS managed policies</a>
 */
@ApplicationScoped
public class AwsManagedPolicies {

    private static final Instant PUBLISHED = Instant.parse("2015-02-06T18:39:46Z");
    private static final List<Definition> DEFINITIONS = List.of(
            new Definition("AdministratorAccess", "ANPAIWMBCKSKIEE64ZLYK",
                    "Provides full access to AWS services and resources."),
            new Definition("ReadOnlyAccess", "ANPAILL3HVNFSB6DCOWYQ",
                    "Provides read-only access to AWS services and resources."),
            new Definition("IAMFullAccess", "ANPAI7XKCFMBPM3QQRRVQ", "Provides full access to IAM via the AWS Management Console."),
            new Definition("IAMReadOnlyAccess", "ANPAJKSO7NDY4T57MWDSQ",
                    "Provides read only access to IAM via the AWS Management Console."),
            new Definition("AmazonCognitoPowerUser", "ANPAJKW5H2HNCPGCYGR6Y",
                    "Provides administrative access to existing Amazon Cognito resources."),
            new Definition("AmazonCognitoReadOnly", "ANPAJBFTRZD2GQGRHSVHS", "Provides read only access to Amazon Cognito resources."),
            new Definition("AWSOrganizationsFullAccess", "ANPAJZXBNRCJKNLQHSB5M", "Provides full access to AWS Organizations."),
            new Definition("AWSOrganizationsReadOnlyAccess", "ANPAJY5RQATUV77PEPVOM",
                    "Provides read-only access to AWS Organizations."),
            new Definition("AWSKeyManagementServicePowerUser", "ANPAJNPP7PPPPMJRV2SA4",
                    "Provides access to AWS Key Management Service (KMS)."));

    private final Map<String, Entry> byArn;

    public AwsManagedPolicies() {
        byArn = DEFINITIONS.stream().map(AwsManagedPolicies::load)
                .collect(Collectors.toUnmodifiableMap(e -> e.policy().arn(), Function.identity()));
    }

    /** All of them, ordered by lower-cased name. */
    public List<ManagedPolicy> all() {
        return byArn.values().stream().map(Entry::policy).sorted(Comparator.comparing(p -> p.name().toLowerCase(Locale.ROOT))).toList();
    }

    public Optional<ManagedPolicy> find(String arn) {
        return Optional.ofNullable(byArn.get(arn)).map(Entry::policy);
    }

    public Optional<ManagedPolicy> findById(String policyId) {
        return byArn.values().stream().map(Entry::policy).filter(p -> p.id().equals(policyId)).findFirst();
    }

    /** The document of the only version, {@code v1}. */
    public Optional<String> document(String arn) {
        return Optional.ofNullable(byArn.get(arn)).map(Entry::document);
    }

    /** Every change to a Gatehouse-managed policy fails: they are defined by Gatehouse, not by accounts. */
    public static GatehouseException unmodifiable(String arn) {
        return new GatehouseException(IamError.UNMODIFIABLE_ENTITY, "Cannot modify an AWS managed policy: " + arn);
    }

    private static Entry load(Definition d) {
        String resource = "/iam/aws-managed/" + d.name() + ".json";
        try (InputStream in = AwsManagedPolicies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            ManagedPolicy policy = new ManagedPolicy(d.id(), ManagedPolicy.AWS_ACCOUNT, d.name(), "/", d.description(),
                    1, 0, 0, Map.of(), PUBLISHED, PUBLISHED);
            return new Entry(policy, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Definition(String name, String id, String description) {
    }

    private record Entry(ManagedPolicy policy, String document) {
    }
}
