package fr.plie.examples.cli;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plie eligibility}: checks candidates (participant documents, v1, with their profile) against an
 * eligibility policy preset: residence, age and the public criteria of seeds 001 and 004; a candidate whose
 * profile lacks facts is "incomplete", with the facts to record, rather than not eligible.
 */
@Command(
        name = "eligibility",
        description = "Vérifie l'éligibilité de candidats (document participant v1 ou NDJSON, fichier ou -).")
final class EligibilityCommand implements Callable<Integer> {
    @Mixin
    InputFile input;

    @Option(
            names = "--policy",
            defaultValue = "grand-perigueux-2022-2027",
            completionCandidates = Presets.EligibilityCodes.class,
            description = "Règles d'éligibilité : ${COMPLETION-CANDIDATES}, ou un document de règles .json (défaut :"
                    + " ${DEFAULT-VALUE}).")
    String policy;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--json", description = "Écrit le résultat en JSON (un document par ligne).")
    boolean json;

    @Mixin
    Context context;

    @Override
    public Integer call() {
        Locale locale = context.locale();
        EligibilityPolicy eligibility = Presets.eligibilityPolicy(policy, context);
        LocalDate day = asOf.orToday();
        PrintWriter out = context.out();
        // read twice in constant memory: all checked first, then assessed one at a time
        input.forEach(PlieDocument.PARTICIPANT, context, count -> {}, (Participant candidate) -> {
            EligibilityResult result = EligibilityChecker.check(candidate.profile(), day, eligibility);
            if (json) {
                // the eligibility-result document names neither the policy nor the date: the envelope does
                Map<String, String> envelope = new LinkedHashMap<>();
                envelope.put("participantId", candidate.id().value());
                envelope.put("policy", eligibility.name());
                envelope.put("asOf", day.toString());
                out.println(JsonOutput.enveloped(envelope, PlieDocument.ELIGIBILITY_RESULT, result));
            } else {
                String missing = result.missingFacts().stream()
                        .map(fact -> Texts.get(locale, "eligibility.fact." + fact.name()))
                        .collect(Collectors.joining(", "));
                out.println(Texts.get(
                        locale,
                        switch (result.status()) {
                            case ELIGIBLE -> "eligibility.eligible";
                            case NOT_ELIGIBLE -> "eligibility.not-eligible";
                            case INCOMPLETE -> "eligibility.incomplete";
                        },
                        candidate.id().value(),
                        eligibility.name(),
                        result.criteriaMet(),
                        result.criteriaRequired(),
                        missing));
                result.explain(locale).forEach(line -> out.println("  - " + line));
            }
        });
        return 0;
    }
}
