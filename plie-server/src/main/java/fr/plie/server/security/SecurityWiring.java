package fr.plie.server.security;

import fr.plie.server.api.ApiProblem;
import fr.plie.server.api.Problems;
import fr.plie.server.config.PlieSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may call what. The API ({@code /v1/**}) is stateless: every request but the OpenAPI document carries
 * {@code Authorization: Bearer}, one of plie's tokens or, when {@code plie.oidc-issuer} is set, a JWT of that
 * OpenID Connect issuer (roles in its {@code plie_roles} claim). The web application signs in with a token's
 * name and the token on a login page, keeps a session and checks a CSRF token on every form.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityWiring {
    private static final String[] READERS = {"REFERENT", "COORDINATOR", "ADMIN"};
    private static final String[] EVERY_ROLE = {"REPORTING", "REFERENT", "COORDINATOR", "ADMIN"};

    /**
     * Content Security Policy: nothing from elsewhere, no script but our own files. Inline styles are allowed
     * because the charts are inline SVG drawn by JFreeSVG, which styles each shape with a style attribute.
     */
    static final String CSP =
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                    + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /**
     * No Micrometer observation around each of the security filters: a profile under load put it at about 6% of
     * a single assessment. {@code --plie.observe-security=true} puts it back (to trace a sign-in problem, or to
     * measure the difference).
     */
    @Bean
    @ConditionalOnProperty(name = "plie.observe-security", havingValue = "false", matchIfMissing = true)
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    Tokens tokens(DataSource dataSource, Clock clock) {
        Tokens tokens = new Tokens(dataSource, clock);
        tokens.migrate();
        return tokens;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, PlieSettings settings) throws Exception {
        http.securityMatcher("/v1/**", "/actuator/**")
                .csrf(csrf -> csrf.disable()) // no cookie, no session: nothing a foreign page could forge
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityWiring::headers)
                .authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.GET, "/v1/openapi.json", "/v1/schema/v1/*", "/actuator/health")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/v1/reports", "/v1/policies")
                        .hasAnyRole(EVERY_ROLE)
                        .requestMatchers(HttpMethod.DELETE, "/v1/participants/*/personal-data")
                        .hasRole("ADMIN")
                        .requestMatchers("/v1/import")
                        .hasRole("ADMIN")
                        .requestMatchers("/v1/export", "/v1/checks")
                        .hasAnyRole("COORDINATOR", "ADMIN")
                        .requestMatchers("/v1/**")
                        .hasAnyRole(READERS)
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            response.setHeader("WWW-Authenticate", "Bearer");
                            String header = request.getHeader("Authorization");
                            Problems.write(
                                    ApiProblem.of(
                                            HttpStatus.UNAUTHORIZED,
                                            header == null ? "auth.required" : "auth.invalid-token"),
                                    request,
                                    response);
                        })
                        .accessDeniedHandler((request, response, ex) -> Problems.write(
                                ApiProblem.of(HttpStatus.FORBIDDEN, "auth.forbidden"), request, response)));
        // a token was presented and refused (unknown, revoked, forged, expired, another issuer's): 401 problem
        AuthenticationEntryPoint refused = (request, response, ex) -> {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problems.write(ApiProblem.of(HttpStatus.UNAUTHORIZED, "auth.invalid-token"), request, response);
        };
        if (settings.oidcIssuer() != null) {
            // only the issuer's JWTs: plie's own tokens are not JWTs and are refused like any other
            http.oauth2ResourceServer(o -> o.jwt(j -> j.decoder(JwtDecoders.fromIssuerLocation(settings.oidcIssuer()))
                            .jwtAuthenticationConverter(new OidcRoles()))
                    .authenticationEntryPoint(refused));
        } else {
            http.oauth2ResourceServer(o ->
                    o.opaqueToken(t -> t.introspector(introspector(tokens))).authenticationEntryPoint(refused));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, Tokens tokens) throws Exception {
        http.headers(SecurityWiring::headers)
                .authenticationProvider(new TokenLogin(tokens))
                .authorizeHttpRequests(a -> a.requestMatchers("/connexion", "/css/**", "/favicon.ico", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/connexion")
                        .usernameParameter("nom")
                        .passwordParameter("jeton")
                        .defaultSuccessUrl("/", true)
                        .failureUrl("/connexion?erreur"))
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?sortie"));
        return http.build();
    }

    private static void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                .frameOptions(Customizer.withDefaults());
    }

    static OpaqueTokenIntrospector introspector(Tokens tokens) {
        return token -> tokens.find(token)
                .map(SecurityWiring::principal)
                .orElseThrow(() -> new BadOpaqueTokenException("unknown token"));
    }

    private static OAuth2AuthenticatedPrincipal principal(Tokens.Holder holder) {
        return new DefaultOAuth2AuthenticatedPrincipal(
                holder.name(),
                Map.of("sub", holder.name(), "role", holder.role().code()),
                List.of(new SimpleGrantedAuthority(holder.role().authority())));
    }

    /** The web application's sign-in: the token's name and the token itself. */
    static final class TokenLogin implements AuthenticationProvider {
        private final Tokens tokens;

        TokenLogin(Tokens tokens) {
            this.tokens = tokens;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            String name = authentication.getName();
            Object credentials = authentication.getCredentials();
            return tokens.find(String.valueOf(credentials))
                    .filter(h -> h.name().equals(name))
                    .map(h -> UsernamePasswordAuthenticationToken.authenticated(
                            h.name(),
                            null,
                            List.of(new SimpleGrantedAuthority(h.role().authority()))))
                    .orElseThrow(() -> new BadCredentialsException("unknown name or token"));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }

    /** An OpenID Connect JWT: its {@code preferred_username} (or subject) and the roles of its {@code plie_roles}. */
    static final class OidcRoles implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList("plie_roles");
            if (roles != null) {
                for (String name : roles) {
                    Role role = Role.parse(name);
                    if (role != null) {
                        authorities.add(new SimpleGrantedAuthority(role.authority()));
                    }
                }
            }
            String name = jwt.getClaimAsString("preferred_username");
            return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
        }
    }
}
