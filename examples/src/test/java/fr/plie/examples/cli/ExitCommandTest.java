package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.step.StepId;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExitCommandTest {
    static final Path EXAMPLES = Path.of("../docs/examples");
    static final Path EXITED = EXAMPLES.resolve("parcours-exited-with-participant.json");
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private static ExitAssessment engine(Path file, ExitPolicy policy) throws Exception {
        ParcoursDocument d =
                PlieJson.create().readParcours(Files.readString(file)).value().get();
        return ExitEngine.assess(d.parcours(), AS_OF, policy);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String text) {
        return PlieJson.create().mapper().readValue(text, Map.class);
    }

    /** The exit-assessment document of a printed line, after checking its envelope names {@code parcoursId}. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> assessment(String line, String parcoursId) {
        Map<String, Object> envelope = json(line);
        assertThat(envelope).containsEntry("parcoursId", parcoursId);
        Map<String, Object> document = (Map<String, Object>) envelope.get("exitAssessment");
        assertThat(document).containsEntry("formatVersion", "1");
        return document;
    }

    @Test
    void theJsonAssessmentIsTheEnginesVerdictUnderThePolicyChosen() throws Exception {
        for (ExitPolicy policy : ExitPolicy.presets()) {
            Run run = Run.of("exit", EXITED.toString(), "--policy", policy.name(), "--as-of", AS_OF.toString());

            ExitAssessment expected = engine(EXITED, policy);
            assertThat(run.code()).isZero();
            assertThat(run.out()).hasLineCount(1);
            Map<String, Object> printed = assessment(run.out(), "PAR-2023-0042");
            assertThat(printed)
                    .containsEntry("policy", policy.name())
                    .containsEntry("asOf", "2024-06-30")
                    .containsEntry("outcome", expected.outcome().name())
                    .containsEntry(
                            "qualifyingSteps",
                            expected.qualifyingSteps().stream()
                                    .map(StepId::value)
                                    .toList());
            assertThat(printed.get("pronounceableFrom"))
                    .isEqualTo(expected.pronounceableFrom()
                            .map(LocalDate::toString)
                            .getOrNull());
        }
    }

    @Test
    void withoutAsOfTheEngineJudgesOnToday() {
        LocalDate before = LocalDate.now();
        Run run = Run.of("exit", EXITED.toString());
        LocalDate after = LocalDate.now();

        assertThat(run.code()).isZero();
        assertThat(LocalDate.parse(
                        (String) assessment(run.out(), "PAR-2023-0042").get("asOf")))
                .isBetween(before, after);
    }

    @Test
    void aPolicyDocumentInJsonConfiguresTheEngineAndABadOneIsLocated(@TempDir Path dir) throws Exception {
        Path policyFile = EXAMPLES.resolve("exit-policy-preset-overrides.json");
        ExitPolicy policy = PlieJson.create()
                .read(fr.plie.adapter.json.PlieDocument.EXIT_POLICY, Files.readString(policyFile))
                .value()
                .get();

        Run run = Run.of("exit", EXITED.toString(), "--policy", policyFile.toString(), "--as-of", AS_OF.toString());

        assertThat(run.code()).isZero();
        assertThat(assessment(run.out(), "PAR-2023-0042"))
                .containsEntry("policy", "toulouse-cre-2025")
                .containsEntry("outcome", engine(EXITED, policy).outcome().name());

        Path bad = dir.resolve("bad-policy.json");
        Files.writeString(bad, Files.readString(policyFile).replace("\"P6M1D\"", "\"P-6M\""));
        Run refused = Run.of("exit", EXITED.toString(), "--policy", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("bad-policy.json").contains("/followUp");
        assertThat(refused.hasStackTrace()).isFalse();
    }

    @Test
    void theHeadlineSaysAPositiveExitIsReachedButCannotBePronouncedAndTheRecordedExitIsShownBesideIt() {
        // seed 002: the attendance certificate or diploma must be at most one month old at the exit's date
        Run french = Run.of("exit", "--explain", "--policy", "boulonnais", "--as-of", "2024-06-30", EXITED.toString());
        Run english = Run.of(
                "--lang",
                "en",
                "exit",
                "--policy",
                "boulonnais",
                "--as-of",
                "2024-06-30",
                "--explain",
                EXITED.toString());

        assertThat(french.out().lines().limit(2))
                .containsExactly(
                        "Parcours PAR-2023-0042 : sortie positive atteinte (sortie positive vers la formation"
                                + " qualifiante), non prononçable : pièces manquantes ou trop anciennes : attestation"
                                + " de présence en formation / diplôme, titre ou certificat",
                        "Sortie enregistrée : sortie positive, emploi au 05/03/2024, validée le 12/03/2024 ; en"
                                + " accord avec les règles : Sortie confirmée par les règles, mais pièces manquantes"
                                + " ou trop anciennes au 05/03/2024 : bulletin de salaire / attestation employeur.");
        assertThat(english.out().lines().skip(1).findFirst().get())
                .startsWith("Recorded exit: positive exit, employment on 2024-03-05, validated on 2024-03-12; the"
                        + " rules agree");
    }

    @Test
    void theJsonOutputCarriesTheRecordedExitAndWhetherTheRulesAgree() {
        Run run = Run.of("exit", "--policy", "youth-positive-situation", "--as-of", "2024-06-30", EXITED.toString());

        Map<String, Object> envelope = json(run.out());
        assertThat(envelope)
                .extractingByKey("recordedExit", MAP)
                .containsEntry("category", "POSITIVE_EMPLOYMENT")
                .containsEntry("date", "2024-03-05")
                .containsEntry("validatedOn", "2024-03-12")
                .containsKey("agrees")
                .containsKey("verdict");
    }

    @Test
    void explainPrintsTheEnginesReasonsInFrenchOrInEnglish() throws Exception {
        ExitAssessment expected = engine(EXITED, ExitPolicy.NATIONAL_GUIDE_2010);

        Run french = Run.of("exit", "--explain", "--as-of", "2024-06-30", EXITED.toString());
        Run english = Run.of("exit", "--explain", "--lang", "en", "--as-of", "2024-06-30", EXITED.toString());

        assertThat(french.out())
                .startsWith("Parcours PAR-2023-0042 : ")
                .contains(expected.explanation().render(Locale.FRENCH).lines().toList());
        assertThat(english.out())
                .startsWith("Parcours PAR-2023-0042: ")
                .contains(expected.explanation().render(Locale.ENGLISH).lines().toList());
    }

    @Test
    void aDocumentIsReadFromStandardInput() throws Exception {
        Run run = Run.withStdin(Files.readString(EXITED), "exit", "-", "--as-of", "2024-06-30");

        assertThat(run.code()).isZero();
        assertThat(assessment(run.out(), "PAR-2023-0042")).containsEntry("asOf", "2024-06-30");
    }

    @Test
    void anNdjsonFileGivesOneAssessmentALine() throws Exception {
        Run run = Run.of("exit", EXAMPLES.resolve("export.ndjson").toString(), "--as-of", "2024-06-30");

        assertThat(run.code()).isZero();
        assertThat(run.out().lines().map(l -> json(l).get("parcoursId")))
                .containsExactly("PAR-2023-0042", "PAR-2024-0007");
        assertThat(run.out().lines().map(l -> json(l).get("exitAssessment")))
                .allSatisfy(d -> assertThat(d).asInstanceOf(MAP).containsEntry("formatVersion", "1"));
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsFileLineAndField(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"formatVersion\":\"1\",\"id\":\"X\"}\n");

        Run run = Run.of("exit", bad.toString(), "--as-of", "2024-06-30");

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines())
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).startsWith("Erreur : " + bad + ":1: "))
                .anySatisfy(l -> assertThat(l).contains("/participantId"));
        assertThat(run.hasStackTrace()).isFalse();
    }

    @Test
    void aBadNdjsonLineIsLocatedByItsLineNumberAndNothingIsAssessed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("export.ndjson");
        Files.writeString(
                file,
                Files.readString(EXAMPLES.resolve("export.ndjson")).stripTrailing() + "\n{\"formatVersion\":\"1\"}\n");

        Run run = Run.of("exit", file.toString(), "--as-of", "2024-06-30");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + ":3: ").contains("/id");
    }

    @Test
    void unknownPoliciesMissingFilesAndBadDatesAreInvalidInputOnOneLine() {
        Run policy = Run.of("exit", EXITED.toString(), "--policy", "lyon");
        Run missing = Run.of("exit", "nowhere.json");
        Run date = Run.of("exit", EXITED.toString(), "--as-of", "2024-13-01");

        assertThat(policy.code()).isEqualTo(2);
        assertThat(policy.err())
                .contains("« lyon »")
                .contains("toulouse-2015-2020")
                .hasLineCount(1);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualToIgnoringNewLines("Erreur : fichier introuvable : nowhere.json");
        assertThat(date.code()).isEqualTo(2);
        assertThat(date.err()).contains("--as-of").hasLineCount(1);
        assertThat(policy.hasStackTrace() || missing.hasStackTrace() || date.hasStackTrace())
                .isFalse();
    }

    @Test
    void debugAddsTheStackTrace() {
        Run run = Run.of("exit", "nowhere.json", "--debug");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.hasStackTrace()).isTrue();
    }
}
