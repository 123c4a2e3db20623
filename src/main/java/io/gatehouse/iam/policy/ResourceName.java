package io.gatehouse.iam.policy;

/**
 * The syntax of Resource values: {@code "*"} or an ARN {@code arn:partition:service:region:account:resource}.
 * "You can't use a wildcard in the service segment to identify the AWS product."
 *
 * @see <a href="https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html">IAM JSON policy elements: Resource</a>
 */
final class ResourceName {

    private ResourceName() {
    }

    /** What is wrong with {@code resource}, or null when it is valid. */
    static String problem(String resource) {
        if (resource.equals("*")) {
            return null;
        }
        String[] parts = resource.split(":", 6);
        if (parts.length < 6 || !parts[0].equals("arn") || parts[1].isEmpty() || parts[2].isEmpty()
                || parts[5].isEmpty()) {
            return "use an ARN (arn:partition:service:region:account:resource) or \"*\"";
        }
        if (parts[2].indexOf('*') >= 0 || parts[2].indexOf('?') >= 0) {
            return "the service segment of an ARN cannot use wildcards";
        }
        return null;
    }
}
