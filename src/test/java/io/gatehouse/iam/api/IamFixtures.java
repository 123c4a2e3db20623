package io.gatehouse.iam.api;

import io.gatehouse.testing.SelfServicePolicy;
import io.gatehouse.testing.SignedRequests;
import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Object mother of IAM entities over the native API: unique names (tests share one database), users with keys. */
final class IamFixtures {

    static final String USERS = "/api/v1/iam/users";
    static final String GROUPS = "/api/v1/iam/groups";

    private IamFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    /** Creates a user in the caller's account and returns its name. */
    static String user(SignedRequests api) {
        String name = unique("user");
        api.post(USERS, Map.of("name", name)).then().statusCode(201);
        return name;
    }

    /** Creates a user allowed to manage its own credentials (every signed call is authorized). */
    static String selfServiceUser(SignedRequests api) {
        String name = user(api);
        allowSelfService(api, name);
        return name;
    }

    static void allowSelfService(SignedRequests api, String userName) {
        api.put(USERS + "/" + userName + "/policies/" + SelfServicePolicy.NAME,
                Map.of("document", SelfServicePolicy.DOCUMENT)).then().statusCode(200);
    }

    /** Lets {@code userName} manage its own credentials, creates an access key for it and signs as it. */
    static SignedRequests signedAs(SignedRequests api, String userName) {
        allowSelfService(api, userName);
        JsonPath key = api.post(USERS + "/" + userName + "/access-keys", null).then().statusCode(201).extract().jsonPath();
        return SignedRequests.as(key.getString("accessKeyId"), key.getString("secretAccessKey"));
    }
}
