package fr.plie.rules.audit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.EvidenceKind;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import fr.plie.rules.audit.AuditFinding.Kind;
import fr.plie.rules.audit.RecordedExitReview.Verdict;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The control before an ESF audit under seed 000 (Toulouse): "La sortie positive du PLIE s'effectuera à l'issue de
 * cette période de six mois", evidence a contract or an employer certificate.
 */
class ExitAuditTest {
    private static final ExitPolicy TOULOUSE = ExitPolicy.TOULOUSE_2015_2020;
    private static final LocalDate HIRED = LocalDate.of(2023, 1, 2);
    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 31);
    private static final Evidence CONTRACT = new Evidence(EvidenceKind.EMPLOYMENT_CONTRACT, HIRED, "GED-CONTRACT");

    private static ParcoursFixture cdiSince(String id) {
        return ParcoursFixture.enteredOn(id, LocalDate.of(2022, 11, 7))
                .employment(ContractType.CDI, HIRED, Option.none());
    }

    private static Parcours exitedOn(String id, LocalDate date, ExitCategory category, Evidence... evidence) {
        return cdiSince(id).proposeExit(date, category, evidence).build();
    }

    @Test
    void an_exit_pronounced_on_the_last_day_of_the_follow_up_is_too_early_the_next_day_it_is_supported() {
        Parcours tooEarly = exitedOn("PAR-1", LocalDate.of(2023, 7, 1), ExitCategory.POSITIVE_EMPLOYMENT, CONTRACT);
        Parcours onTime = exitedOn("PAR-2", LocalDate.of(2023, 7, 2), ExitCategory.POSITIVE_EMPLOYMENT, CONTRACT);

        assertThat(RecordedExitReview.of(tooEarly, AS_OF, TOULOUSE).get().verdict())
                .isEqualTo(Verdict.PRONOUNCED_TOO_EARLY);
        RecordedExitReview supported =
                RecordedExitReview.of(onTime, AS_OF, TOULOUSE).get();
        assertThat(supported.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(supported.verdict().agrees()).isTrue();
    }

    @Test
    void a_cdi_recorded_after_a_qualifying_training_that_already_counted_is_supported_for_its_own_category() {
        Parcours trainingThenCdi = ParcoursFixture.enteredOn("PAR-8", LocalDate.of(2022, 11, 7))
                .qualifyingTraining(LocalDate.of(2022, 11, 14), LocalDate.of(2022, 12, 16), TrainingResult.OBTAINED)
                .employment(ContractType.CDI, HIRED, Option.none())
                .proposeExit(LocalDate.of(2023, 7, 2), ExitCategory.POSITIVE_EMPLOYMENT, CONTRACT)
                .build();

        RecordedExitReview review =
                RecordedExitReview.of(trainingThenCdi, AS_OF, TOULOUSE).get();

        assertThat(review.verdict()).isEqualTo(Verdict.SUPPORTED);
        assertThat(review.assessment().outcome()).isEqualTo(fr.plie.rules.exit.ExitOutcome.POSITIVE_EMPLOYMENT);
    }

    @Test
    void the_control_lists_each_disagreement_with_its_reason_and_counts_them() {
        Parcours tooEarly = exitedOn("PAR-1", LocalDate.of(2023, 7, 1), ExitCategory.POSITIVE_EMPLOYMENT, CONTRACT);
        Parcours supported = exitedOn("PAR-2", LocalDate.of(2023, 9, 1), ExitCategory.POSITIVE_EMPLOYMENT, CONTRACT);
        Parcours noEvidence = exitedOn("PAR-3", LocalDate.of(2023, 9, 1), ExitCategory.POSITIVE_EMPLOYMENT);
        Parcours notProposed = cdiSince("PAR-4").build();
        Parcours recordedAsAbandonment = exitedOn("PAR-5", LocalDate.of(2023, 9, 1), ExitCategory.ABANDONMENT);
        Parcours wrongCategory = exitedOn("PAR-6", LocalDate.of(2023, 9, 1), ExitCategory.POSITIVE_TRAINING, CONTRACT);
        Parcours trainingUnderWay = ParcoursFixture.enteredOn("PAR-7", LocalDate.of(2022, 11, 7))
                .qualifyingTraining(HIRED, LocalDate.of(2023, 12, 22), TrainingResult.PENDING)
                .proposeExit(LocalDate.of(2024, 1, 15), ExitCategory.POSITIVE_TRAINING)
                .build();

        AuditReport report = ExitAudit.run(
                Stream.of(
                        tooEarly,
                        supported,
                        noEvidence,
                        notProposed,
                        recordedAsAbandonment,
                        wrongCategory,
                        trainingUnderWay),
                AS_OF,
                TOULOUSE);

        assertThat(report.findings(Kind.UNSUPPORTED_POSITIVE_EXIT))
                .extracting(AuditFinding::parcours, AuditFinding::verdict)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ParcoursId.of("PAR-1"), Verdict.PRONOUNCED_TOO_EARLY),
                        org.assertj.core.groups.Tuple.tuple(ParcoursId.of("PAR-6"), Verdict.OTHER_POSITIVE_CATEGORY),
                        org.assertj.core.groups.Tuple.tuple(ParcoursId.of("PAR-7"), Verdict.AWAITING_FACT));
        assertThat(report.findings(Kind.POSITIVE_EXIT_NOT_PROPOSED))
                .extracting(AuditFinding::parcours)
                .containsExactly(ParcoursId.of("PAR-4"), ParcoursId.of("PAR-5"));
        assertThat(report.findings(Kind.EVIDENCE_LACKING))
                .extracting(AuditFinding::parcours)
                .containsExactly(ParcoursId.of("PAR-3"));
        assertThat(report.totals()).isEqualTo(new AuditReport.Totals(7, 6, 5, 2, 3, 2, 1));

        AuditFinding early = report.findings(Kind.UNSUPPORTED_POSITIVE_EXIT).get(0);
        assertThat(early.reason())
                .isEqualTo("Sortie prononcée le 01/07/2023, avant la date permise par les règles : le 02/07/2023.");
        assertThat(early.reason(Locale.ENGLISH))
                .isEqualTo("Exit pronounced on 2023-07-01, before the day the rules allow: 2023-07-02.");
        assertThat(report.findings(Kind.EVIDENCE_LACKING).get(0).reason(Locale.ENGLISH))
                .isEqualTo("Exit supported by the rules, but evidence missing or too old on 2023-09-01:"
                        + " employment contract / employer certificate.");
        assertThat(report.findings(Kind.POSITIVE_EXIT_NOT_PROPOSED).get(0).reason())
                .isEqualTo("Sortie positive possible depuis le 02/07/2023 (emploi durable), non proposée.");
    }
}
