package io.gatehouse.org;

/**
 * A place in the organization's tree as AWS lists it: {@code {"Id": "ou-ab12-cdefgh34", "Type":
 * "ORGANIZATIONAL_UNIT"}}, with the ARN and name that policy target listings add.
 */
public record OrgNode(String id, String type, String arn, String name) {

    public static final String ROOT = "ROOT";
    public static final String ORGANIZATIONAL_UNIT = "ORGANIZATIONAL_UNIT";
    public static final String ACCOUNT = "ACCOUNT";
}
