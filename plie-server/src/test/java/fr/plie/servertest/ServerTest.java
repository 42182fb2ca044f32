package fr.plie.servertest;

import fr.plie.server.PlieServer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the real server on a random port of 127.0.0.1, on an in-memory H2 database holding {@link
 * Seed}'s parcours and tokens. Every class so annotated shares one server (Spring caches the context).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = {PlieServer.class, Seed.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "server.address=127.0.0.1",
            "spring.datasource.url=jdbc:h2:mem:plie-server-test;DB_CLOSE_DELAY=-1",
            "plie.as-of=2024-06-30",
            "plie.exit.preset=toulouse-2015-2020",
            "plie.protocol-from=2022-01-01",
            "plie.protocol-to=2027-12-31",
            "plie.targets.positive-exit-rate=0.50",
            "plie.targets.protocol-participants=1000",
            "plie.referents.REF-01=1.0",
            "plie.referents.REF-02=0.5",
            "plie.max-request-bytes=200000"
        })
public @interface ServerTest {}
