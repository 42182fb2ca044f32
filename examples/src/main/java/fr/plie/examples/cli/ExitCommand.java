package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Parcours;
import fr.plie.rules.audit.RecordedExitReview;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code plie exit}: the exit engine on parcours documents (v1 JSON or NDJSON): is the exit positive, from when,
 * which evidence is missing (seeds 001 to 004), as exit-assessment documents (one line per parcours) or explained
 * in French or English.
 */
@Command(
        name = "exit",
        description =
                "Évalue la sortie positive de parcours (document v1 JSON ou NDJSON, fichier ou - pour l'entrée standard).")
final class ExitCommand implements Callable<Integer> {
    @Mixin
    InputFile input;

    @picocli.CommandLine.Option(
            names = "--policy",
            defaultValue = "national-guide-2010",
            completionCandidates = Presets.ExitCodes.class,
            description = "Règles de sortie : ${COMPLETION-CANDIDATES}, ou un document de règles .json (défaut :"
                    + " ${DEFAULT-VALUE}).")
    String policy;

    @Mixin
    AsOfOption asOf;

    @picocli.CommandLine.Option(
            names = "--explain",
            description = "Explique la décision règle par règle au lieu du JSON.")
    boolean explain;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        ExitPolicy exitPolicy = Presets.exitPolicy(policy, context);
        LocalDate day = asOf.orToday();
        PrintWriter out = context.out();
        boolean[] many = {false};
        // read twice in constant memory: all checked first, then assessed one at a time
        input.forEach(PlieDocument.PARCOURS, context, count -> many[0] = count > 1, document -> {
            Parcours parcours = document.parcours();
            ExitAssessment assessment = ExitEngine.assess(parcours, day, exitPolicy);
            Option<RecordedExitReview> recorded = RecordedExitReview.of(parcours, day, exitPolicy);
            String parcoursId = parcours.id().value();
            if (explain) {
                out.println(Texts.get(locale, "exit.header", parcoursId, assessment.headline(locale)));
                recorded.forEach(r -> out.println(recordedLine(r, locale)));
                out.print(assessment.explanation().render(locale));
                if (many[0]) {
                    out.println();
                }
            } else {
                Map<String, Object> envelope = new LinkedHashMap<>();
                envelope.put("parcoursId", parcoursId);
                recorded.forEach(r -> envelope.put("recordedExit", recordedFields(r)));
                out.println(JsonOutput.enveloped(envelope, PlieDocument.EXIT_ASSESSMENT, assessment));
            }
        });
        return 0;
    }

    /** The recorded exit beside the assessment: category, date, validation, and whether the rules agree. */
    private static String recordedLine(RecordedExitReview review, Locale locale) {
        Exit exit = review.exit();
        String validation = review.validatedOn()
                .map(d -> Texts.get(locale, "exit.validated", d))
                .getOrElse(() -> Texts.get(locale, "exit.not-validated"));
        return Texts.get(
                locale,
                review.verdict().agrees() ? "exit.recorded-agrees" : "exit.recorded-disagrees",
                Texts.get(locale, "category." + exit.category()),
                exit.date(),
                validation,
                review.reason(locale));
    }

    private static Map<String, Object> recordedFields(RecordedExitReview review) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("category", review.exit().category().name());
        fields.put("date", review.exit().date().toString());
        fields.put("validatedOn", review.validatedOn().map(LocalDate::toString).getOrNull());
        fields.put("agrees", review.verdict().agrees());
        fields.put("verdict", review.verdict().name());
        return fields;
    }
}
