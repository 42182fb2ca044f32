package fr.plie.servertest;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small OpenID Connect issuer on 127.0.0.1, as a PLIE's identity provider (Keycloak, an ENT...) would be seen by
 * plie: it publishes {@code /.well-known/openid-configuration} and its key set, and signs JWTs with its RSA key.
 */
public final class Issuer implements AutoCloseable {
    private final HttpServer server;
    private final RSAKey key;
    private final String url;

    private Issuer(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
        this.url = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/plie";
    }

    /** Starts an issuer on a free port of 127.0.0.1. */
    public static Issuer start() {
        try {
            RSAKey key = newKey();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            Issuer issuer = new Issuer(server, key);
            server.createContext(
                    "/realms/plie/.well-known/openid-configuration",
                    e -> reply(
                            e,
                            "{\"issuer\":\"" + issuer.url + "\",\"jwks_uri\":\"" + issuer.url
                                    + "/certs\",\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                                    + "\"subject_types_supported\":[\"public\"],\"response_types_supported\":[\"code\"]}"));
            server.createContext("/realms/plie/certs", e -> reply(e, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
            return issuer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The issuer's identifier, {@code plie.oidc-issuer}. */
    public String url() {
        return url;
    }

    /**
     * A JWT of this issuer for {@code user}, valid for five minutes, with {@code plie_roles}, changed by {@code
     * change} (another issuer, an expiry in the past...).
     */
    public String token(String user, List<String> roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(claims(user, roles, change), key);
    }

    /** The same JWT signed with a key this issuer does not publish, under the published key's id. */
    public String forged(String user, List<String> roles) {
        try {
            RSAKey other = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            return sign(claims(user, roles, UnaryOperator.identity()), other);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private JWTClaimsSet claims(String user, List<String> roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(url)
                .subject("f1b2c3d4-" + user)
                .claim("preferred_username", user)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))));
        if (!roles.isEmpty()) {
            claims.claim("plie_roles", roles);
        }
        return change.apply(claims).build();
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("plie-test-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
