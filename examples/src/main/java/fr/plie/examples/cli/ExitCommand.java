package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    @Option(
            names = "--policy",
            defaultValue = "national-guide-2010",
            description = "Règles de sortie : national-guide-2010, toulouse-2015-2020, grand-amienois, boulonnais, "
                    + "youth-positive-situation, ou un document de règles .json (défaut : ${DEFAULT-VALUE}).")
    String policy;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--explain", description = "Explique la décision règle par règle au lieu du JSON.")
    boolean explain;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        ExitPolicy exitPolicy = Presets.exitPolicy(policy, locale);
        LocalDate day = asOf.orToday();
        PrintWriter out = context.out();
        boolean[] many = {false};
        // read twice in constant memory: all checked first, then assessed one at a time
        input.forEach(PlieDocument.PARCOURS, context, count -> many[0] = count > 1, document -> {
            ExitAssessment assessment = ExitEngine.assess(document.parcours(), day, exitPolicy);
            String parcoursId = document.parcours().id().value();
            if (explain) {
                out.println(Texts.get(
                        locale, "exit.header", parcoursId, Texts.get(locale, "outcome." + assessment.outcome())));
                out.print(assessment.explanation().render(locale));
                if (many[0]) {
                    out.println();
                }
            } else {
                out.println(JsonOutput.enveloped(
                        Map.of("parcoursId", parcoursId), PlieDocument.EXIT_ASSESSMENT, assessment));
            }
        });
        return 0;
    }
}
