package fr.plie.server.security;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code plie serve --demo}: new sign-in tokens at each start, for a coordinator and for the referent REF-01,
 * printed once on standard output with the address of the web application.
 */
@Component
@ConditionalOnProperty(name = "plie.demo-token", havingValue = "true")
class DemoTokens implements ApplicationRunner {
    private final Tokens tokens;
    private final Environment environment;

    DemoTokens(Tokens tokens, Environment environment) {
        this.tokens = tokens;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String coordinator = tokens.add("coordinatrice", Role.COORDINATOR);
        String referent = tokens.add("REF-01", Role.REFERENT);
        PrintStream out = System.out;
        out.println();
        out.println("plie serve : http://localhost:" + environment.getProperty("local.server.port", "8080"));
        out.println("  coordinatrice : nom « coordinatrice », jeton " + coordinator);
        out.println("  référent      : nom « REF-01 », jeton " + referent);
        out.println("  API : curl -H 'Authorization: Bearer " + coordinator + "' http://localhost:"
                + environment.getProperty("local.server.port", "8080") + "/v1/parcours");
        out.println();
    }
}
