package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The input file of {@code exit}, {@code eligibility} and {@code import}: a v1 document or NDJSON, or {@code -}. */
final class InputFile {
    @Parameters(
            index = "0",
            paramLabel = "FICHIER",
            description = "Document v1 ou NDJSON (un document par ligne), ou - pour l'entrée standard.")
    String source;

    /** Every document of the file, all checked first (see {@link Inputs#documents}). */
    <T> List<T> documents(PlieDocument<T> type, Context context) {
        return Inputs.documents(type, source, context.in(), context.locale());
    }
}
