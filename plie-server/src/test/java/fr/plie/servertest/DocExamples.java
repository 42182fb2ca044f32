package fr.plie.servertest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The curl examples of docs/server.md, run as written with curl: each must answer 2xx, or the status its {@code
 * <!-- status: N -->} comment announces. {@code <!-- token: NAME -->} names the token {@code $TOKEN} holds: one of
 * {@link Seed}'s ({@code coordinator} by default), or {@code oidc}, a JWT of an OpenID Connect issuer, for the
 * examples of that mode. The {@code ./plie} commands are left out: the token command has its own test.
 */
public final class DocExamples {
    private static final Path DOC = Path.of("..", "docs", "server.md");
    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- (status|token): ([\\w-]+) -->\\n)?```bash\\n(.*?)```", Pattern.DOTALL);

    /** One curl example: the command, the status it announces (0: any 2xx) and the name of its token. */
    public record Example(String command, int status, String token) {}

    private DocExamples() {}

    /** The curl examples of docs/server.md, in order. */
    public static List<Example> all() throws IOException {
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

    /** Runs {@code e} in a scratch folder against the server on {@code port}, {@code $TOKEN} being {@code token}. */
    public static void run(Example e, int port, String token) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory("plie-doc");
        String root = Path.of("..").toAbsolutePath().normalize().toString();
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
        pb.environment().put("PLIE", "http://127.0.0.1:" + port);
        pb.environment().put("TOKEN", token);
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
