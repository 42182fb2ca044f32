package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import picocli.CommandLine.Parameters;

/** The input file of {@code exit}, {@code eligibility} and {@code import}: a v1 document or NDJSON, or {@code -}. */
final class InputFile {
    @Parameters(
            index = "0",
            paramLabel = "FICHIER",
            description = "Document v1 ou NDJSON (un document par ligne), ou - pour l'entrée standard.")
    String source;

    /**
     * Checks every document of the file, tells {@code counted} their number, then hands each to {@code each}, in
     * constant memory (see {@link
     * DocumentFile#forEachValid}).
     *
     * @return the number of documents
     */
    <T> long forEach(
            PlieDocument<T> type,
            Context context,
            java.util.function.LongConsumer counted,
            java.util.function.Consumer<T> each) {
        try (DocumentFile file = DocumentFile.of(source, context.in(), context.locale())) {
            return file.forEachValid(type, counted, (line, value) -> each.accept(value));
        }
    }
}
