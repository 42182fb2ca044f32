package fr.plie.examples.cli;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.rules.exit.EvidenceRequirement;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code plie exit}: the exit engine on parcours documents (v1 JSON or NDJSON): is the exit positive, from when,
 * which evidence is missing (seeds 001 to 004), as JSON or explained in French or English.
 */
@Command(
        name = "exit",
        description =
                "Évalue la sortie positive de parcours (document v1 JSON ou NDJSON, fichier ou - pour l'entrée standard).")
final class ExitCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "FICHIER",
            description = "Document de parcours, NDJSON, ou - (entrée standard).")
    String input;

    @Option(
            names = "--policy",
            defaultValue = "national-guide-2010",
            description = "Règles de sortie : national-guide-2010, toulouse-2015-2020, grand-amienois, boulonnais, "
                    + "youth-positive-situation, ou un document de règles .json (défaut : ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--as-of", description = "Date d'appréciation AAAA-MM-JJ (défaut : aujourd'hui).")
    LocalDate asOf;

    @Option(names = "--explain", description = "Explique la décision règle par règle au lieu du JSON.")
    boolean explain;

    @CommandLine.ParentCommand
    PlieCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = root.locale();
        ExitPolicy exitPolicy = Presets.exitPolicy(policy, locale);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<ParcoursDocument> documents = Inputs.documents(PlieDocument.PARCOURS, input, root.in, locale);
        PrintWriter out = spec.commandLine().getOut();
        boolean many = documents.size() > 1;
        for (ParcoursDocument document : documents) {
            ExitAssessment assessment = ExitEngine.assess(document.parcours(), day, exitPolicy);
            if (explain) {
                out.println(Texts.get(
                        locale,
                        "exit.header",
                        document.parcours().id().value(),
                        Texts.get(locale, "outcome." + assessment.outcome())));
                out.print(assessment.explanation().render(locale));
                if (many) {
                    out.println();
                }
            } else {
                String json = many
                        ? Inputs.JSON.mapper().writeValueAsString(toMap(document, assessment))
                        : Inputs.JSON
                                .mapper()
                                .writerWithDefaultPrettyPrinter()
                                .writeValueAsString(toMap(document, assessment));
                out.println(json);
            }
        }
        return 0;
    }

    /** The assessment as plain JSON values; the explanation keeps its stable keys beside the text. */
    static Map<String, Object> toMap(ParcoursDocument document, ExitAssessment a) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("parcoursId", document.parcours().id().value());
        map.put("policy", a.policy());
        map.put("asOf", a.asOf().toString());
        map.put("outcome", a.outcome().name());
        map.put("positive", a.isPositive());
        map.put("readyToPronounce", a.isReadyToPronounce());
        map.put(
                "pronounceableFrom",
                a.pronounceableFrom().map(LocalDate::toString).getOrNull());
        map.put("projectedOutcome", a.projectedOutcome().map(Enum::name).getOrNull());
        map.put("projectedDate", a.projectedDate().map(LocalDate::toString).getOrNull());
        map.put(
                "qualifyingSteps",
                a.qualifyingSteps().stream().map(s -> s.value()).toList());
        map.put(
                "missingEvidence",
                a.missingEvidence().stream().map(ExitCommand::requirement).toList());
        map.put(
                "explanation",
                a.explanation().lines().stream()
                        .map(l -> Map.of("key", l.key(), "text", l.render()))
                        .toList());
        return map;
    }

    private static Map<String, Object> requirement(EvidenceRequirement r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("anyOf", r.anyOf().stream().map(Enum::name).sorted().toList());
        map.put("maximumAge", r.maximumAge().map(Object::toString).getOrNull());
        return map;
    }
}
