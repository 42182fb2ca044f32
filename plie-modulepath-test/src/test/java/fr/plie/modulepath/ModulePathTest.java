package fr.plie.modulepath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * plie as a dependency on the module path: a program of its own module ({@code src/test/modulepath/plie.demo})
 * compiled against the jars of core, rules, reporting, json and jdbc and run with {@code java -m}. Every line it
 * prints comes through a module's message bundle or resources, which named modules encapsulate.
 */
class ModulePathTest {
    @Test
    void aProgramOnTheModulePathUsesEveryModule() throws Exception {
        String modulePath = Files.readString(Path.of("target/module-path.txt")).trim();
        Path classes = Files.createDirectories(Path.of("target/modulepath-classes"));
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        diagnostics,
                        diagnostics,
                        "--module-path",
                        modulePath,
                        "--module-source-path",
                        "src/test/modulepath",
                        "--module",
                        "plie.demo",
                        "-d",
                        classes.toString());
        assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        Process java = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        modulePath + File.pathSeparator + classes.resolve("plie.demo"),
                        "-m",
                        "plie.demo/fr.plie.demo.Main",
                        "../docs/examples/participant.json")
                .redirectErrorStream(true)
                .start();
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String output = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.exitValue()).as(output).isZero();

        List<String> lines = output.lines().filter(l -> l.matches("[a-z]+: .*")).toList();
        assertThat(lines).hasSize(5);
        // a text of the bundle, not the key the bundle renders when it cannot be read
        for (String line : lines.subList(0, 4)) {
            String text = line.substring(line.indexOf('|') + 1);
            assertThat(text).as(line).doesNotContain("[").isNotBlank();
        }
        assertThat(lines.get(1)).startsWith("json: P-PAR-2023-0042");
        assertThat(lines.get(2)).startsWith("rules: eligible=false");
        assertThat(lines.get(3)).matches("jdbc: migrations=[1-9].*").contains("was changed meanwhile");
        assertThat(lines.get(4)).startsWith("reporting: ReportingPeriod[from=2024-01-01");
    }
}
