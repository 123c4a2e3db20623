package io.gatehouse.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh access key for an IAM user of the benchmark realm, made over the IAM query protocol with
 * the account's root key (target properties {@code admin.access-key-id},
 * {@code admin.secret-access-key}), because realm files cannot declare keys. The user's older keys
 * are deleted first: IAM allows two per user, and each run makes one.
 */
final class IamAccessKeys {

    /** An access key id and its secret. */
    record Key(String accessKeyId, String secretAccessKey) {
    }

    private static final Pattern ACCESS_KEY_ID = Pattern.compile("<AccessKeyId>([^<]+)</AccessKeyId>");
    private static final Pattern SECRET = Pattern.compile("<SecretAccessKey>([^<]+)</SecretAccessKey>");

    private final String url;
    private final SigV4 root;

    IamAccessKeys(Target target) {
        url = target.baseUrl() + "/";
        root = new SigV4(target.get("admin.access-key-id"), target.get("admin.secret-access-key"), "iam",
                target.get("region"));
    }

    /** Deletes the user's keys and creates one. */
    Key replace(Http http, String step, String userName) throws Exception {
        for (String old : all(ACCESS_KEY_ID, call(http, step + " ListAccessKeys", "ListAccessKeys", userName))) {
            call(http, step + " DeleteAccessKey", "DeleteAccessKey", userName, "AccessKeyId", old);
        }
        String created = call(http, step + " CreateAccessKey", "CreateAccessKey", userName);
        List<String> ids = all(ACCESS_KEY_ID, created);
        List<String> secrets = all(SECRET, created);
        if (ids.size() != 1 || secrets.size() != 1) {
            throw new LoadFailure(step + " CreateAccessKey: no access key in the answer");
        }
        return new Key(ids.get(0), secrets.get(0));
    }

    private String call(Http http, String step, String action, String userName, String... more) throws Exception {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Action", action);
        form.put("Version", "2010-05-08");
        form.put("UserName", userName);
        for (int i = 0; i + 1 < more.length; i += 2) {
            form.put(more[i], more[i + 1]);
        }
        var request = root.post(url, "application/x-www-form-urlencoded; charset=utf-8", Http.form(form));
        return Http.expect(step, http.send(request), 200).body();
    }

    private static List<String> all(Pattern pattern, String xml) {
        List<String> values = new ArrayList<>();
        Matcher matcher = pattern.matcher(xml);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }
}
