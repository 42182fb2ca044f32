package fr.plie.servertest;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.step.ContractType;
import fr.plie.server.security.Role;
import fr.plie.server.security.Tokens;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.env.Environment;

/**
 * The test PLIE: three parcours and a token per role. PAR-A (REF-01) entered in January 2024 and holds a CDI since
 * March; PAR-B (REF-02) entered in February with no step since (idle); PAR-C (REF-01) is only referred.
 */
@TestConfiguration(proxyBeanMethods = false)
public class Seed implements ApplicationRunner {
    /**
     * The tokens of each test server by its port, each by name: admin, coordinator, REF-01 and REF-02 (referents),
     * reporting. Spring keeps a server per test configuration; each has its own database and tokens.
     */
    private static final Map<Integer, Map<String, String>> TOKENS = new ConcurrentHashMap<>();

    private final PlieJdbc plie;
    private final Tokens tokens;
    private final Environment environment;

    Seed(PlieJdbc plie, Tokens tokens, Environment environment) {
        this.plie = plie;
        this.tokens = tokens;
        this.environment = environment;
    }

    /** The token named {@code name} on the test server listening on {@code port}. */
    public static String token(int port, String name) {
        return TOKENS.get(port).get(name);
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> own = TOKENS.computeIfAbsent(
                Integer.parseInt(environment.getRequiredProperty("local.server.port")), p -> new ConcurrentHashMap<>());
        own.put("admin", tokens.add("admin", Role.ADMIN));
        own.put("coordinator", tokens.add("coordinator", Role.COORDINATOR));
        own.put("REF-01", tokens.add("REF-01", Role.REFERENT));
        own.put("REF-02", tokens.add("REF-02", Role.REFERENT));
        own.put("reporting", tokens.add("reporting", Role.REPORTING));
        Parcours a = ParcoursFixture.enteredOn("PAR-A", LocalDate.of(2024, 1, 15))
                .employment(ContractType.CDI, LocalDate.of(2024, 3, 1), Option.none())
                .build();
        Parcours b = ParcoursFixture.enteredOn("PAR-B", LocalDate.of(2024, 2, 1))
                .then(new ParcoursCommand.AssignReferent(ReferentId.of("REF-02"), LocalDate.of(2024, 2, 1)))
                .build();
        Parcours c = ParcoursFixture.referredOn("PAR-C", LocalDate.of(2024, 5, 2))
                .then(new ParcoursCommand.AssignReferent(ParcoursFixture.REFERENT, LocalDate.of(2024, 5, 2)))
                .build();
        var repositories = plie.repositories("seed");
        for (Parcours p : List.of(a, b, c)) {
            repositories
                    .participants()
                    .save(ProfileFixture.participant(p.participant().value()));
        }
        repositories.saveNew(List.of(a, b, c)).getOrElseThrow(r -> new IllegalStateException(r.code()));
    }

    /** A new parcours for a test that changes it, entered on 2024-01-15 and followed by REF-01. */
    public static Parcours fresh(String id) {
        return ParcoursFixture.enteredOn(id, LocalDate.of(2024, 1, 15)).build();
    }
}
