package fr.plie.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One in-process run of the {@code plie} command: its exit code, standard output and standard error. */
record Run(int code, String out, String err) {
    static Run of(String... args) {
        return withInput(InputStream.nullInputStream(), args);
    }

    static Run withStdin(String stdin, String... args) {
        return withInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    private static Run withInput(InputStream in, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PlieCommand.execute(args, in, new PrintWriter(out), new PrintWriter(err), false);
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * {@code plie esf export} of {@code operation} on 31/12/2025, writing the participant file and the table.
     *
     * @param more further options, such as {@code --by}
     */
    static Run esfExport(String operation, Path operations, String url, Path file, Path table, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "esf",
                "export",
                "--operation",
                operation,
                "--operations",
                operations.toString(),
                "--jdbc-url",
                url,
                "--as-of",
                "2025-12-31",
                "-o",
                file.toString(),
                "--table",
                table.toString()));
        args.addAll(List.of(more));
        return of(args.toArray(String[]::new));
    }

    /** Whether standard error shows a Java stack trace. */
    boolean hasStackTrace() {
        return err.contains("\tat ") || err.contains("Exception in") || err.contains("Caused by");
    }
}
