package fr.plie.server;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Every curl example of docs/server.md, run in order with curl against a test server of its own: each must
 * answer 2xx, or the status its {@code <!-- status: N -->} comment announces. The {@code ./plie} commands are
 * left out: the token command has its own test.
 */
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:plie-server-doc;DB_CLOSE_DELAY=-1")
class ServerDocTest extends ApiTestBase {
    private static final Path DOC = Path.of("..", "docs", "server.md");
    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- (status|token): (\\w+) -->\\n)?```bash\\n(.*?)```", Pattern.DOTALL);

    record Example(String command, int status, String token) {}

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        Matcher m = BLOCK.matcher(Files.readString(DOC));
        while (m.find()) {
            String command = m.group(3).strip();
            if (command.startsWith("curl")) {
                int status = "status".equals(m.group(1)) ? Integer.parseInt(m.group(2)) : 0;
                String token = "token".equals(m.group(1)) ? m.group(2) : "coordinator";
                examples.add(new Example(command, status, token));
            }
        }
        return examples;
    }

    @Test
    void every_curl_example_of_docs_server_md_answers_as_documented() throws Exception {
        List<Example> examples = examples();
        assertThat(examples).hasSizeGreaterThan(15);
        Path out = Files.createTempDirectory("plie-doc");
        String root = Path.of("..").toAbsolutePath().normalize().toString();
        for (Example e : examples) {
            // the example as written, its status printed last
            ProcessBuilder pb = new ProcessBuilder(
                            "bash",
                            "-c",
                            // in a scratch folder (an example writes a file), docs/examples read from the repository
                            "set -euo pipefail; "
                                    + e.command()
                                            .replace("curl -sS", "curl -sS -w '\\n%{http_code}'")
                                            .replace("@docs/", "@" + root + "/docs/"))
                    .redirectErrorStream(true);
            pb.environment().put("PLIE", "http://127.0.0.1:" + http().port());
            pb.environment().put("TOKEN", Seed.token(http().port(), e.token()));
            pb.directory(out.toFile());
            Process p = pb.start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = output.lines().toList();
            int status = Integer.parseInt(lines.get(lines.size() - 1).strip());
            if (e.status() == 0) {
                assertThat(status).as("%s%n%s", e.command(), output).isBetween(200, 299);
            } else {
                assertThat(status).as("%s%n%s", e.command(), output).isEqualTo(e.status());
            }
        }
    }
}
