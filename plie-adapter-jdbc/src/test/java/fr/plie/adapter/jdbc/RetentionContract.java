package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two retention clocks on every database: personal data erased two years after the last contact, closed
 * parcours and their ESF+ answers kept for the archive period; the dry run changes nothing; what the indicators
 * and the ESF+ tables read is the same after the erasure; the audit trail keeps no name.
 */
abstract class RetentionContract extends DatabaseTest {
    private static final RetentionPolicy POLICY = RetentionPolicy.twoYearsInactivity(Period.ofYears(5));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private void store(String id, LocalDate entry) {
        Participant person = Samples.participant("P-" + id, s -> s);
        repos.participants().save(person);
        repos.parcours().save(Samples.exited(id, entry), 0);
        repos.esfRecords()
                .save(EsfRecord.empty(person.id(), EsfOperationId.of("OP-1"), entry)
                        .with(EsfQuestion.MINORITY, EsfAnswer.refused(), entry));
    }

    /**
     * What the indicators and the ESF+ questionnaire read: the profile and the dated facts of the parcours (the
     * erasure also blanks its free texts, which no figure reads, and so moves its version on).
     */
    private List<Object> whatReportsRead() {
        PlieRepositories reporting = plie.pseudonymised();
        try (Stream<Parcours> all = reporting.parcours().streamAll()) {
            return all.map(p -> (Object) List.of(
                            p.id(),
                            p.status(),
                            p.entryDate(),
                            p.exit().map(e -> List.of(e.date(), e.category(), e.isValidated())),
                            p.steps().stream()
                                    .map(st -> List.of(st.id(), st.start(), st.end(), st.kind()))
                                    .toList(),
                            p.interviews().stream().map(i -> i.date()).toList(),
                            p.placements().stream()
                                    .map(pl -> List.of(pl.date(), pl.result()))
                                    .toList(),
                            reporting
                                    .participants()
                                    .findById(p.participant())
                                    .get()
                                    .profile()))
                    .toList();
        }
    }

    @Test
    void the_dry_run_lists_who_is_anonymised_and_what_is_purged_and_changes_nothing() {
        store("PAR-2016", LocalDate.of(2016, 1, 4)); // exit validated in 2017: both clocks over
        store("PAR-2021", LocalDate.of(2021, 1, 4)); // last contact in 2022: personal data only
        store("PAR-2025", LocalDate.of(2025, 1, 6)); // recent: nothing
        RetentionPlan plan = plie.retention(POLICY).plan(AS_OF);
        assertThat(plan.personalDataErased())
                .containsExactly(ParticipantId.of("P-PAR-2016"), ParticipantId.of("P-PAR-2021"));
        assertThat(plan.parcoursPurged()).extracting(id -> id.value()).containsExactly("PAR-2016");
        assertThat(repos.participants()
                        .findById(ParticipantId.of("P-PAR-2021"))
                        .get()
                        .personalData())
                .isNotEqualTo(Option.none());
    }

    @Test
    void applying_erases_names_keeps_what_the_indicators_read_and_the_audit_names_nobody() {
        store("PAR-2021", LocalDate.of(2021, 1, 4));
        store("PAR-2025", LocalDate.of(2025, 1, 6));
        List<Object> before = whatReportsRead();
        EsfRecord answers = repos.esfRecords()
                .find(ParticipantId.of("P-PAR-2021"), EsfOperationId.of("OP-1"))
                .get();

        plie.retention(POLICY).apply("DPO-1", AS_OF);

        assertThat(repos.participants()
                        .findById(ParticipantId.of("P-PAR-2021"))
                        .get()
                        .personalData())
                .isEqualTo(Option.none());
        assertThat(repos.participants()
                        .findById(ParticipantId.of("P-PAR-2025"))
                        .get()
                        .personalData())
                .isNotEqualTo(Option.none());
        assertThat(whatReportsRead()).isEqualTo(before);
        assertThat(repos.esfRecords().find(ParticipantId.of("P-PAR-2021"), EsfOperationId.of("OP-1")))
                .contains(answers);
        Participant sample = Samples.participant("P-PAR-2021", s -> s);
        String names = sample.personalData().get().firstName() + "|"
                + sample.personalData().get().lastName();
        assertThat(plie.auditTrail(ParticipantId.of("P-PAR-2021")).toString())
                .doesNotContain(names.split("\\|"))
                .contains("personal data erased");
    }

    @Test
    void after_the_archive_period_the_parcours_and_its_esf_answers_go_with_the_participant() {
        store("PAR-2016", LocalDate.of(2016, 1, 4));
        plie.retention(POLICY).apply("DPO-1", AS_OF);
        assertThat(repos.parcours().findByParticipant(ParticipantId.of("P-PAR-2016")))
                .isEmpty();
        assertThat(repos.esfRecords().find(ParticipantId.of("P-PAR-2016"), EsfOperationId.of("OP-1")))
                .isEqualTo(Option.none());
    }
}
