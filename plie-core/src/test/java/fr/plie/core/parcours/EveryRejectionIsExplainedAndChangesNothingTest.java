package fr.plie.core.parcours;

import static fr.plie.core.fixture.ParcoursCommands.admit;
import static fr.plie.core.fixture.ParcoursCommands.assignReferent;
import static fr.plie.core.fixture.ParcoursCommands.diagnostic;
import static fr.plie.core.fixture.ParcoursCommands.endStep;
import static fr.plie.core.fixture.ParcoursCommands.interview;
import static fr.plie.core.fixture.ParcoursCommands.mobilisation;
import static fr.plie.core.fixture.ParcoursCommands.placement;
import static fr.plie.core.fixture.ParcoursCommands.postpone;
import static fr.plie.core.fixture.ParcoursCommands.proposeExit;
import static fr.plie.core.fixture.ParcoursCommands.recordStep;
import static fr.plie.core.fixture.ParcoursCommands.refuse;
import static fr.plie.core.fixture.ParcoursCommands.signCommitment;
import static fr.plie.core.fixture.ParcoursCommands.startStep;
import static fr.plie.core.fixture.ParcoursCommands.trainingResult;
import static fr.plie.core.fixture.ParcoursCommands.validateExit;
import static fr.plie.core.fixture.ParcoursCommands.withdrawExit;
import static fr.plie.core.parcours.Drive.on;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperation;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfOperations;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.InMemoryParcoursRepository;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.internal.MessageBundle;
import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.Siret;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Drives the lifecycle into every refusal it knows, and checks each one: a stable code, a French and an English
 * text with every argument filled in, and a parcours left exactly as it was. The codes met while driving must be
 * all the codes of the bundle, so a new rule cannot ship without a scenario and both texts.
 */
class EveryRejectionIsExplainedAndChangesNothingTest {
    private static final MessageBundle MESSAGES = new MessageBundle(
            "fr.plie.core.messages", EveryRejectionIsExplainedAndChangesNothingTest.class::getResourceAsStream);
    private static final Set<String> CODES_MET = Collections.synchronizedSet(new TreeSet<>());

    private record Case(String code, Supplier<Parcours> before, ParcoursCommand command) {}

    private static Supplier<Parcours> referred() {
        return () -> ParcoursFixture.referredOn(on(2024, 1, 8)).referred();
    }

    private static Supplier<Parcours> admitted() {
        return () -> ParcoursFixture.admittedOn(on(2024, 2, 1)).build();
    }

    private static Supplier<Parcours> postponed() {
        return () -> ParcoursFixture.referredOn(on(2024, 1, 8))
                .then(postpone(on(2024, 2, 1), Option.none()))
                .build();
    }

    private static Supplier<Parcours> active() {
        return () -> ParcoursFixture.enteredOn(on(2024, 2, 5))
                .then(assignReferent("REF-02", on(2024, 3, 1)))
                .then(mobilisation("S1", on(2024, 3, 4)))
                .then(recordStep("S2", on(2024, 3, 4), on(2024, 3, 29), new StepDetail.Mobilisation()))
                .then(startStep("T1", on(2024, 4, 2), Training.qualifying("RNCP34579", on(2024, 9, 27))))
                .build();
    }

    private static Supplier<Parcours> exitProposed() {
        return () -> ParcoursFixture.enteredOn(on(2024, 2, 5))
                .then(proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT))
                .build();
    }

    private static Supplier<Parcours> exited() {
        return () -> ParcoursFixture.enteredOn(on(2024, 2, 5))
                .then(proposeExit(on(2024, 9, 2), ExitCategory.POSITIVE_EMPLOYMENT))
                .then(validateExit(on(2024, 9, 12)))
                .build();
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("parcours.final", exited(), interview(on(2024, 10, 1))));
        cases.add(new Case("decision.not-expected", admitted(), admit(on(2024, 2, 2))));
        cases.add(new Case("decision.before-referral", referred(), admit(on(2024, 1, 7))));
        cases.add(new Case("decision.before-previous", postponed(), admit(on(2024, 1, 31))));
        cases.add(new Case("decision.refusal-without-alternative", referred(), refuse(on(2024, 2, 1), "")));
        cases.add(new Case(
                "decision.review-before-decision", referred(), postpone(on(2024, 2, 1), Option.some(on(2024, 1, 9)))));
        cases.add(new Case("commitment.already-signed", active(), signCommitment(on(2024, 3, 1))));
        cases.add(new Case("commitment.not-admitted", postponed(), signCommitment(on(2024, 3, 1))));
        cases.add(new Case("commitment.before-admission", admitted(), signCommitment(on(2024, 1, 31))));
        cases.add(new Case("referent.before-referral", referred(), assignReferent("REF-03", on(2024, 1, 7))));
        cases.add(new Case("referent.before-previous", active(), assignReferent("REF-03", on(2024, 2, 29))));
        cases.add(new Case("step.duplicate", active(), mobilisation("S1", on(2024, 5, 2))));
        cases.add(new Case("step.end-before-start", active(), endStep("S1", on(2024, 3, 3))));
        cases.add(new Case(
                "step.planned-end-before-start",
                active(),
                startStep("T2", on(2024, 5, 2), Training.nonQualifying(on(2024, 5, 1)))));
        cases.add(new Case("step.before-referral", referred(), diagnostic("D1", on(2024, 1, 7))));
        cases.add(new Case("step.not-active", exitProposed(), diagnostic("D1", on(2024, 9, 3))));
        cases.add(new Case("step.before-entry", active(), mobilisation("S9", on(2024, 2, 4))));
        cases.add(new Case("step.unknown", active(), endStep("S9", on(2024, 5, 2))));
        cases.add(new Case("step.already-ended", active(), endStep("S2", on(2024, 5, 2))));
        cases.add(
                new Case("step.not-training", active(), trainingResult("S1", TrainingResult.OBTAINED, on(2024, 5, 2))));
        cases.add(new Case(
                "training.result-before-start", active(), trainingResult("T1", TrainingResult.FAILED, on(2024, 4, 1))));
        cases.add(new Case(
                "training.result-pending", active(), trainingResult("T1", TrainingResult.PENDING, on(2024, 10, 1))));
        cases.add(new Case(
                "training.result-without-date",
                active(),
                startStep(
                        "T2",
                        on(2024, 5, 2),
                        new Training(false, Option.none(), Option.none(), TrainingResult.OBTAINED, Option.none()))));
        cases.add(new Case("interview.before-referral", referred(), interview(on(2024, 1, 7))));
        cases.add(new Case(
                "interview.without-synthesis",
                active(),
                new ParcoursCommand.RecordInterview(
                        new Interview(on(2024, 5, 2), InterviewMode.PHONE, " ", ParcoursFixture.REFERENT))));
        cases.add(new Case("placement.not-active", exitProposed(), placement(on(2024, 9, 3), PlacementResult.HIRED)));
        cases.add(new Case("placement.before-entry", active(), placement(on(2024, 2, 4), PlacementResult.HIRED)));
        cases.add(new Case(
                "exit.already-proposed", exitProposed(), proposeExit(on(2024, 9, 3), ExitCategory.ABANDONMENT)));
        cases.add(new Case("exit.not-active", admitted(), proposeExit(on(2024, 3, 1), ExitCategory.ABANDONMENT)));
        cases.add(new Case("exit.before-entry", active(), proposeExit(on(2024, 2, 4), ExitCategory.ABANDONMENT)));
        cases.add(new Case("exit.before-step", active(), proposeExit(on(2024, 4, 1), ExitCategory.ABANDONMENT)));
        cases.add(new Case("exit.not-proposed", active(), withdrawExit(on(2024, 9, 12))));
        cases.add(new Case("exit.validation-before-exit", exitProposed(), validateExit(on(2024, 9, 1))));
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> everyRejectedCommandHasItsCodeBothTextsAndLeavesTheParcoursAsItWas() {
        return cases().stream()
                .map(c -> DynamicTest.dynamicTest(c.code(), () -> {
                    Parcours before = c.before().get();
                    long version = before.version();

                    Either<Rejection, ParcoursChange> result = ParcoursFixture.LIFECYCLE.handle(before, c.command());

                    assertThat(result.isLeft())
                            .as("%s is rejected", c.command())
                            .isTrue();
                    Rejection rejection = result.getLeft();
                    assertThat(rejection.code()).isEqualTo(c.code());
                    assertReadableInFrenchAndEnglish(rejection);
                    assertThat(before)
                            .as("the parcours is unchanged")
                            .isEqualTo(c.before().get());
                    assertThat(before.version()).isEqualTo(version);
                    Either<RejectedCommand, List<ParcoursChange>> inBatch =
                            ParcoursFixture.LIFECYCLE.handleAll(before, List.of(c.command()));
                    assertThat(inBatch.getLeft()).isEqualTo(new RejectedCommand(0, rejection));
                }));
    }

    @Test
    void userInputAndStorageRejectionsAreExplainedToo() {
        assertReadableInFrenchAndEnglish(InseeCode.parse("3155").getLeft());
        assertReadableInFrenchAndEnglish(Siret.parse("1234").getLeft());

        EsfRecord esf = EsfRecord.empty(ParticipantId.of("P-1"), EsfOperationId.of("OP-2024"), on(2024, 3, 1))
                .with(EsfQuestion.RURAL_AREA, EsfAnswer.refused(), on(2024, 3, 1))
                .with(EsfQuestion.EXIT_JOB_SEARCHING, EsfAnswer.YES, on(2024, 3, 1))
                .with(EsfQuestion.EXIT_EMPLOYED, EsfAnswer.YES, on(2024, 3, 1));
        esf.violations().forEach(EveryRejectionIsExplainedAndChangesNothingTest::assertReadableInFrenchAndEnglish);
        EsfOperation op2024 =
                new EsfOperation(EsfOperationId.of("OP-2024"), ReportingPeriod.year(2024), "PLIE", "2024");
        EsfOperation overlapping = new EsfOperation(
                EsfOperationId.of("OP-2024-B"), new ReportingPeriod(on(2024, 6, 1), on(2025, 5, 31)), "PLIE", "B");
        assertReadableInFrenchAndEnglish(
                EsfOperations.of(List.of(op2024, op2024)).getLeft());
        assertReadableInFrenchAndEnglish(
                EsfOperations.of(List.of(op2024, overlapping)).getLeft());

        InMemoryParcoursRepository repository = new InMemoryParcoursRepository();
        Parcours stored = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();
        repository.save(stored, 0);
        assertReadableInFrenchAndEnglish(repository.save(stored, 0).getLeft());
        Parcours.restore(stored.withVersion(0))
                .getLeft()
                .forEach(EveryRejectionIsExplainedAndChangesNothingTest::assertReadableInFrenchAndEnglish);
    }

    @Test
    void aBirthDateAfterTheReferralIsExplained() {
        Parcours p = ParcoursFixture.enteredOn(on(2024, 2, 5)).build();
        Profile profile = fr.plie.core.fixture.ProfileFixture.longTermJobSeeker()
                .birthDate(on(2999, 1, 1))
                .build();
        List<Chronology.Violation> found = Chronology.violations(p, profile);
        assertThat(found).extracting(Chronology.Violation::path).containsExactly("/participant/profile/birthDate");
        assertReadableInFrenchAndEnglish(found.get(0).rejection());
    }

    private static void assertReadableInFrenchAndEnglish(Rejection rejection) {
        CODES_MET.add(rejection.code());
        assertThat(MESSAGES.hasKey(rejection.code(), Locale.FRENCH))
                .as("French text of %s", rejection.code())
                .isTrue();
        assertThat(MESSAGES.hasKey(rejection.code(), Locale.ENGLISH))
                .as("English text of %s", rejection.code())
                .isTrue();
        String french = rejection.message();
        String english = rejection.message(Locale.ENGLISH);
        assertThat(french).isNotEqualTo(english);
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String text = rejection.message(locale);
            assertThat(text).as("every argument is used").doesNotContain("{").doesNotContain(rejection.code());
            for (Object arg : rejection.args()) {
                // dates as the language writes them: 31/01/2024 in French, 2024-01-31 in English
                String named = arg instanceof LocalDate date ? MessageBundle.date(date, locale) : arg.toString();
                assertThat(text).as("%s names %s", rejection.code(), arg).contains(named);
            }
        }
    }

    /** Runs after both tests above: the scenarios met every code of the bundle, and nothing else. */
    @AfterAll
    static void theScenariosMetEveryCodeOfTheBundle() throws IOException {
        Set<String> french = keysOf("/fr/plie/core/messages.properties");
        assertThat(CODES_MET).isEqualTo(french);
        assertThat(keysOf("/fr/plie/core/messages_en.properties")).isEqualTo(french);
    }

    private static Set<String> keysOf(String resource) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                EveryRejectionIsExplainedAndChangesNothingTest.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
