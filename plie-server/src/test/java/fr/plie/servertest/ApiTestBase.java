package fr.plie.servertest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** The test server and its client; the documents of docs/examples as bodies. */
@ServerTest
public abstract class ApiTestBase {
    @Autowired
    private Environment environment;

    protected Http http() {
        return new Http(Integer.parseInt(environment.getRequiredProperty("local.server.port")));
    }

    /** A file of docs/examples, as a vendor would send it. */
    protected static String example(String name) {
        try {
            return Files.readString(Path.of("..", "docs", "examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
