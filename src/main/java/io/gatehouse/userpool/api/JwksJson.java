package io.gatehouse.userpool.api;

import com.nimbusds.jose.util.JSONObjectUtils;
import io.gatehouse.core.GatehouseException;
import io.gatehouse.userpool.UserPoolError;
import java.text.ParseException;
import java.util.Map;

/** A client's public JWK Set travels as a JSON object on the API and is stored as its JSON text. */
final class JwksJson {

    private JwksJson() {
    }

    static String write(Map<String, Object> jwks) {
        return jwks == null ? null : JSONObjectUtils.toJSONString(jwks);
    }

    static Map<String, Object> read(String jwks) {
        if (jwks == null) {
            return null;
        }
        try {
            return JSONObjectUtils.parse(jwks);
        } catch (ParseException e) {
            throw new GatehouseException(UserPoolError.INVALID_PARAMETER, "Stored jwks is not valid JSON");
        }
    }
}
