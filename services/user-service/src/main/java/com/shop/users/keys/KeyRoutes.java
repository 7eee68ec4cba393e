package com.shop.users.keys;

import com.shop.routes.rest.JsonBodies;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The signing keys as routes: the public JWK set other services fetch, the periodic rotation (with the
 * purge of keys whose tokens expired), and an admin's immediate rotation.
 */
@Component
public class KeyRoutes extends RouteBuilder {

    private final SigningKeys keys;
    private final KeyProperties properties;
    private final JsonBodies json;

    public KeyRoutes(SigningKeys keys, KeyProperties properties, JsonBodies json) {
        this.keys = keys;
        this.properties = properties;
        this.json = json;
    }

    @Override
    public void configure() {
        rest("/.well-known").description("Token verification keys")
                .get("/jwks.json").description("The public keys that sign access tokens (JWK set, public)")
                    .to("direct:user-jwks");
        rest("/admin/keys").description("Signing key administration")
                .post("/rotate").description("Start signing with a new key now (admin)").to("direct:user-keys-rotate");

        from("direct:user-jwks").routeId("user-jwks").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> keys.publishedKeys().toString())
                .setHeader(Exchange.CONTENT_TYPE, constant("application/json"));

        from("direct:user-keys-rotate").routeId("user-keys-rotate").routeConfigurationId(RestPolicy.ID)
                .setBody(e -> Map.of("kid", keys.rotate()))
                .log("rotated the signing key: ${body[kid]} signs from now on")
                .process(json.response(200));

        from("timer:user-key-rotation?delay=60000&period=" + properties.checkInterval().toMillis())
                .routeId("user-key-rotation")
                .setBody(e -> keys.rotateIfDue())
                .filter(simple("${body.isPresent}"))
                    .log("rotated the signing key on schedule: ${body.get} signs from now on")
                .end()
                .setBody(e -> keys.purgeRetired())
                .filter(simple("${body} > 0"))
                    .log("deleted ${body} retired signing keys");
    }
}
