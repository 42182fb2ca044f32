package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.plie.adapter.json.PlieJson;
import fr.plie.core.participant.Participant;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EligibilityCommandTest {
    static final Path CANDIDATE = Path.of("../docs/examples/participant.json");

    private static EligibilityResult checker(EligibilityPolicy policy) throws Exception {
        Participant p = PlieJson.create()
                .readParticipant(Files.readString(CANDIDATE))
                .value()
                .get();
        return EligibilityChecker.check(p.profile(), LocalDate.of(2024, 1, 1), policy);
    }

    @Test
    void aToulouseResidentIsNotEligibleToThePerigueuxPlieAndEveryReasonIsPrinted() throws Exception {
        EligibilityResult expected = checker(EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);

        Run run = Run.of("eligibility", CANDIDATE.toString(), "--as-of", "2024-01-01");

        assertThat(expected.eligible()).isFalse();
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .startsWith("P-PAR-2023-0042 : non éligible au PLIE du Grand Périgueux 2022-2027")
                .contains(expected.explain(Locale.FRENCH));
    }

    @Test
    void theJsonResultFollowsThePolicyChosenInEnglish() throws Exception {
        EligibilityResult expected = checker(EligibilityPolicy.GRAND_AMIENOIS);

        Run run = Run.of(
                "eligibility",
                "--policy",
                "grand-amienois",
                "--json",
                "--lang",
                "en",
                "--as-of",
                "2024-01-01",
                CANDIDATE.toString());

        @SuppressWarnings("unchecked")
        Map<String, Object> printed = PlieJson.create().mapper().readValue(run.out(), Map.class);
        assertThat(run.code()).isZero();
        assertThat(run.out()).hasLineCount(1);
        assertThat(printed)
                .containsEntry("participantId", "P-PAR-2023-0042")
                .containsEntry("policy", "PLIE du Grand Amiénois (MLIFE)")
                .containsEntry("asOf", "2024-01-01");
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) printed.get("eligibilityResult");
        assertThat(result)
                .containsEntry("formatVersion", "1")
                .containsEntry("eligible", expected.eligible())
                .containsEntry("criteriaMet", expected.criteriaMet());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) result.get("criteria");
        assertThat(criteria)
                .extracting(c -> c.get("criterion"), c -> c.get("met"))
                .containsExactlyElementsOf(expected.criteria().stream()
                        .map(c -> tuple(c.criterion().name(), c.reason().met()))
                        .toList());
    }

    @Test
    void severalCandidatesGiveOneJsonLineEach() throws Exception {
        String candidate = Files.readString(CANDIDATE).replaceAll("\\s*\\n\\s*", "");
        String other = candidate.replace("P-PAR-2023-0042", "P-OTHER");

        Run run = Run.withStdin(candidate + "\n" + other + "\n", "eligibility", "-", "--json", "--as-of", "2024-01-01");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().map(l -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> line = PlieJson.create().mapper().readValue(l, Map.class);
                    return line.get("participantId");
                }))
                .containsExactly("P-PAR-2023-0042", "P-OTHER");
    }

    @Test
    void aCandidateWithoutProfileIsRefusedWithTheField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("candidate.json");
        Files.writeString(bad, "{\"formatVersion\":\"1\",\"id\":\"P-1\"}");

        Run run = Run.of("eligibility", bad.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains(bad + ":1: ").contains("/profile");
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void Seed004_EtEtreSoit_aReferralLackingItsSituationIsIncompleteWithTheFactsToRecordInFrenchAndEnglish() {
        String referral = "../docs/examples/participant-referral-incomplete.json";

        Run fr = Run.of("eligibility", referral, "--policy", "grand-amienois", "--as-of", "2024-06-03");
        Run en = Run.of("eligibility", referral, "--policy", "grand-amienois", "--as-of", "2024-06-03", "--lang", "en");
        Run json = Run.of("eligibility", referral, "--policy", "grand-amienois", "--as-of", "2024-06-03", "--json");

        assertThat(fr.code()).isZero();
        assertThat(fr.out())
                .startsWith("P-REF-2024-0107 : éligibilité incomplète au PLIE du Grand Amiénois (MLIFE) (0 critère(s)"
                        + " rempli(s), 1 requis) ; à renseigner : inscription comme demandeur d'emploi, situation sur le"
                        + " marché du travail, freins à l'emploi")
                .contains("  - Inscription comme demandeur d'emploi non renseignée.")
                .contains("  - Pas de reconnaissance de la qualité de travailleur handicapé (RQTH).");
        assertThat(en.out())
                .startsWith("P-REF-2024-0107: eligibility to PLIE du Grand Amiénois (MLIFE) incomplete (0 criteria met,"
                        + " 1 required); to record: registration as a job seeker, labour-market status, barriers to"
                        + " employment")
                .contains("  - Barriers to employment not diagnosed yet (at least 1 required).");
        assertThat(json.out())
                .contains("\"status\":\"INCOMPLETE\"")
                .contains("\"missingFacts\":[\"JOB_SEEKER_REGISTRATION\",\"LABOUR_MARKET_STATUS\",\"BARRIERS\"]");
    }
}
