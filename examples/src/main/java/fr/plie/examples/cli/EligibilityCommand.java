package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.CriterionResult;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
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
 * {@code plie eligibility}: checks candidates (participant documents, v1, with their profile) against an
 * eligibility policy preset: residence, age and the public criteria of seeds 001 and 004.
 */
@Command(
        name = "eligibility",
        description = "Vérifie l'éligibilité de candidats (document participant v1 ou NDJSON, fichier ou -).")
final class EligibilityCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "FICHIER",
            description = "Document participant, NDJSON, ou - (entrée standard).")
    String input;

    @Option(
            names = "--policy",
            defaultValue = "grand-perigueux-2022-2027",
            description =
                    "Règles d'éligibilité : grand-perigueux-2022-2027, grand-amienois (défaut : ${DEFAULT-VALUE}).")
    String policy;

    @Option(names = "--as-of", description = "Date de la vérification AAAA-MM-JJ (défaut : aujourd'hui).")
    LocalDate asOf;

    @Option(names = "--json", description = "Écrit le résultat en JSON.")
    boolean json;

    @CommandLine.ParentCommand
    PlieCommand root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Locale locale = root.locale();
        EligibilityPolicy eligibility = Presets.eligibilityPolicy(policy, locale);
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        List<Participant> candidates = Inputs.documents(PlieDocument.PARTICIPANT, input, root.in, locale);
        PrintWriter out = spec.commandLine().getOut();
        for (Participant candidate : candidates) {
            EligibilityResult result = EligibilityChecker.check(candidate.profile(), day, eligibility);
            if (json) {
                out.println(
                        Inputs.JSON.mapper().writeValueAsString(toMap(candidate, eligibility, day, result, locale)));
            } else {
                out.println(Texts.get(
                        locale,
                        result.eligible() ? "eligibility.eligible" : "eligibility.not-eligible",
                        candidate.id().value(),
                        eligibility.name(),
                        result.criteriaMet(),
                        result.criteriaRequired()));
                result.explain(locale).forEach(line -> out.println("  - " + line));
            }
        }
        return 0;
    }

    private static Map<String, Object> toMap(
            Participant candidate, EligibilityPolicy policy, LocalDate day, EligibilityResult result, Locale locale) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("participantId", candidate.id().value());
        map.put("policy", policy.name());
        map.put("asOf", day.toString());
        map.put("eligible", result.eligible());
        map.put("criteriaMet", result.criteriaMet());
        map.put("criteriaRequired", result.criteriaRequired());
        map.put(
                "met",
                result.met().stream()
                        .map(CriterionResult::criterion)
                        .map(Enum::name)
                        .toList());
        map.put(
                "reasons",
                result.reasons().stream()
                        .map(r -> Map.of("code", r.code(), "met", r.met(), "text", r.message(locale)))
                        .toList());
        return map;
    }
}
