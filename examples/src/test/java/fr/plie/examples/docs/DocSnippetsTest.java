package fr.plie.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of README.md and docs/*.md compiles against plie's artifacts, with the imports it shows.
 *
 * <p>A snippet is compiled as written: its {@code import} lines on top, the rest as a type declaration when it
 * declares one, otherwise as the body of a method. The method's parameters, the values the snippet takes as
 * given ({@code parcours}, {@code asOf}...), come from an HTML comment just before the block, invisible on the
 * rendered page: {@code <!-- snippet: fr.plie.core.parcours.Parcours parcours, java.time.LocalDate asOf -->}.
 * A block marked {@code <!-- snippet-from: path -->} shows an excerpt of a tested source file instead: each of its
 * lines must be in that file, in order.
 */
class DocSnippetsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern BLOCK =
            Pattern.compile("(?:<!-- (snippet|snippet-from): ([^\\n]*?) -->\\n)?```java\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern TYPE =
            Pattern.compile("(?m)^(@\\w+\\s+)*(public\\s+)?(final\\s+)?(class|interface|record|enum)\\s");

    record Snippet(String doc, int line, String kind, String context, String code) {
        String where() {
            return doc + ":" + line;
        }
    }

    @Test
    void everySnippetCompiles() {
        List<Snippet> snippets = snippets();
        assertThat(snippets).hasSizeGreaterThan(10);
        List<JavaFileObject> units = new ArrayList<>();
        for (int i = 0; i < snippets.size(); i++) {
            Snippet s = snippets.get(i);
            if (!"snippet-from".equals(s.kind())) {
                units.add(unit(i, s));
            }
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        boolean compiled = javac.getTask(
                        diagnostics,
                        null,
                        null,
                        List.of("-proc:none", "-classpath", classpath, "-d", "target/snippets"),
                        null,
                        units)
                .call();
        assertThat(compiled).as(diagnostics.toString()).isTrue();
    }

    @Test
    void excerptsAreInTheirSourceFile() throws IOException {
        for (Snippet s : snippets()) {
            if ("snippet-from".equals(s.kind())) {
                List<String> source = Files.readAllLines(
                                ROOT.resolve(s.context().trim()))
                        .stream()
                        .map(String::strip)
                        .toList();
                int at = 0;
                for (String line :
                        s.code().lines().map(DocSnippetsTest::withoutComment).toList()) {
                    if (line.isEmpty()) {
                        continue;
                    }
                    int found = indexFrom(source, line, at);
                    assertThat(found)
                            .as(s.where() + ": '" + line + "' not in " + s.context())
                            .isNotNegative();
                    at = found + 1;
                }
            }
        }
    }

    private static int indexFrom(List<String> source, String line, int from) {
        for (int i = from; i < source.size(); i++) {
            if (withoutComment(source.get(i)).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    private static String withoutComment(String line) {
        int comment = line.indexOf("//");
        return (comment < 0 ? line : line.substring(0, comment)).strip();
    }

    private static JavaFileObject unit(int index, Snippet s) {
        String imports = s.code().lines().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = s.code().lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String pkg = "snippet" + index;
        String source = "package " + pkg + ";\n" + imports + "\n// " + s.where() + "\n"
                + (TYPE.matcher(body).find()
                        ? body
                        : "class Snippet {\n    void run(" + (s.context() == null ? "" : s.context())
                                + ") throws Exception {\n" + body + "\n    }\n}\n");
        String name = TYPE.matcher(body).find() ? typeName(body) : "Snippet";
        return new SimpleJavaFileObject(
                URI.create("string:///" + pkg + "/" + name + JavaFileObject.Kind.SOURCE.extension),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
    }

    private static String typeName(String body) {
        Matcher m = Pattern.compile("(?:class|interface|record|enum)\\s+(\\w+)").matcher(body);
        return m.find() ? m.group(1) : "Snippet";
    }

    private static List<Snippet> snippets() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            List<Path> files = new ArrayList<>(List.of(ROOT.resolve("README.md")));
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
            List<Snippet> snippets = new ArrayList<>();
            for (Path file : files) {
                String text = Files.readString(file);
                Matcher m = BLOCK.matcher(text);
                while (m.find()) {
                    int line = (int) text.substring(0, m.start(3)).lines().count();
                    snippets.add(
                            new Snippet(ROOT.relativize(file).toString(), line, m.group(1), m.group(2), m.group(3)));
                }
            }
            return snippets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
