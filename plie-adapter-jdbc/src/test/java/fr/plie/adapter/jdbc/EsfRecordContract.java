package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The entered ESF+ answers on every database: read back equal, replaced on save, audited without the answers. */
abstract class EsfRecordContract extends DatabaseTest {
    private static final ParticipantId P1 = ParticipantId.of("P-1");
    private static final EsfOperationId OP_2024 = EsfOperationId.of("OP-2024");
    private static final LocalDate ON = LocalDate.of(2025, 1, 20);

    private static EsfRecord entered() {
        return EsfRecord.empty(P1, OP_2024, ON)
                .with(EsfQuestion.MINORITY, EsfAnswer.refused(), ON)
                .with(EsfQuestion.DEPENDENT_CHILDREN, EsfAnswer.YES, ON)
                .with(EsfQuestion.UNEMPLOYMENT_DURATION, EsfAnswer.given("12_MONTHS_OR_MORE"), ON)
                .with(EsfQuestion.EMPLOYED_6_MONTHS, EsfAnswer.unreachable(), ON);
    }

    @Test
    void entered_answers_read_back_equal_per_participant_and_per_operation() {
        repos.esfRecords().save(entered());
        EsfRecord other = EsfRecord.empty(ParticipantId.of("P-2"), OP_2024, ON)
                .with(EsfQuestion.FOREIGN_BACKGROUND, EsfAnswer.NO, ON);
        repos.esfRecords().save(other);
        repos.esfRecords()
                .save(EsfRecord.empty(P1, EsfOperationId.of("OP-2025"), ON)
                        .with(EsfQuestion.MINORITY, EsfAnswer.NO, ON));

        assertThat(repos.esfRecords().find(P1, OP_2024)).contains(entered());
        assertThat(repos.esfRecords().findByOperation(OP_2024)).containsExactly(entered(), other);
        assertThat(repos.esfRecords().find(P1, EsfOperationId.of("OP-2099"))).isEqualTo(Option.none());
        assertThat(repos.esfRecords().findByParticipant(P1))
                .extracting(EsfRecord::operation)
                .containsExactly(OP_2024, EsfOperationId.of("OP-2025"));
        assertThat(repos.esfRecords().findByParticipant(ParticipantId.of("P-9")))
                .isEmpty();
    }

    @Test
    void saving_again_replaces_the_answers_and_the_audit_names_the_questions_not_the_answers() {
        repos.esfRecords().save(entered());
        EsfRecord changed =
                EsfRecord.empty(P1, OP_2024, ON.plusDays(3)).with(EsfQuestion.MINORITY, EsfAnswer.YES, ON.plusDays(3));
        repos.esfRecords().save(changed);
        assertThat(repos.esfRecords().find(P1, OP_2024)).contains(changed);
        assertThat(plie.auditTrail(P1))
                .extracting(AuditRecord::change)
                .last()
                .asString()
                .contains("MINORITY")
                .doesNotContain("YES");
    }

    @Test
    void a_record_the_questionnaire_refuses_is_never_stored() {
        EsfRecord both = EsfRecord.empty(P1, OP_2024, ON)
                .with(EsfQuestion.EXIT_JOB_SEARCHING, EsfAnswer.YES, ON)
                .with(EsfQuestion.EXIT_EMPLOYED, EsfAnswer.YES, ON);
        assertThat(repos.esfRecords().save(both).getLeft().code()).isEqualTo("esf.exit.searching-and-employed");
        assertThat(repos.esfRecords().find(P1, OP_2024)).isEqualTo(Option.none());
    }
}
