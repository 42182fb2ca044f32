package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.FreeTexts;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.StepId;
import fr.plie.core.step.Training;
import fr.plie.core.step.TrainingResult;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What every database must do for plie's repositories; run on H2, PostgreSQL and MariaDB by its subclasses, each
 * test in a database or schema of its own.
 */
abstract class RepositoryContract extends DatabaseTest {
    @Test
    void a_parcours_with_every_kind_of_step_decision_and_exit_reads_back_equal() {
        Parcours exited = Samples.exited("PAR-1", ENTRY);
        Parcours refused = Samples.refused("PAR-2", ENTRY);
        assertThat(repos.parcours().save(exited, 0).isRight()).isTrue();
        assertThat(repos.parcours().save(refused, 0).isRight()).isTrue();

        assertThat(repos.parcours().findById(exited.id())).isEqualTo(Option.some(exited));
        assertThat(repos.parcours().findById(refused.id())).isEqualTo(Option.some(refused));
        assertThat(repos.parcours().findByParticipant(exited.participant())).containsExactly(exited);
        assertThat(repos.parcours().findById(ParcoursId.of("PAR-404"))).isEqualTo(Option.none());
    }

    @Test
    void facts_not_recorded_and_a_trial_period_of_unknown_end_read_back_as_unknown() {
        Participant sample = Samples.participant("P-UNK", t -> t);
        Participant referral = new Participant(
                sample.id(),
                fr.plie.core.participant.Profile.builder()
                        .from(sample.profile())
                        .unknown(fr.plie.core.participant.ProfileFact.JOB_SEEKER_REGISTRATION)
                        .unknown(fr.plie.core.participant.ProfileFact.BARRIERS)
                        .build(),
                sample.personalData());
        fr.plie.core.step.Employment cdi = fr.plie.core.step.Employment.builder()
                .contractType(fr.plie.core.step.ContractType.CDI)
                .employer(fr.plie.core.step.Employer.of(
                        "Boulangerie du Capitole", fr.plie.core.step.EmployerKind.PRIVATE))
                .weeklyHours(new java.math.BigDecimal("35"))
                .trialPeriodEndUnknown(true)
                .build();
        Parcours hired = ParcoursFixture.enteredOn("PAR-TRIAL", ENTRY)
                .step(cdi, ENTRY.plusDays(20), Option.none())
                .build();

        repos.participants().save(referral);
        assertThat(repos.parcours().save(hired, 0).isRight()).isTrue();

        assertThat(repos.participants().findById(referral.id())).isEqualTo(Option.some(referral));
        assertThat(repos.parcours().findById(hired.id())).isEqualTo(Option.some(hired));
        assertThat(repos.parcours()
                        .findById(hired.id())
                        .get()
                        .steps()
                        .get(0)
                        .employment()
                        .get()
                        .trialPeriodEndUnknown())
                .isTrue();
    }

    @Test
    void every_command_of_the_lifecycle_is_saved_in_turn_and_audited_by_its_event_type() {
        Parcours p = Parcours.referred(ParcoursId.of("PAR-L"), ParticipantId.of("P-L"), referral());
        repos.parcours().save(p, 0);
        List<ParcoursCommand> commands = List.of(
                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ENTRY.minusDays(3))),
                new ParcoursCommand.SignCommitment(fr.plie.core.admission.CommitmentContract.signedOn(ENTRY)),
                new ParcoursCommand.StartStep(
                        fr.plie.core.step.Step.of(StepId.of("S1"), ENTRY.plusDays(1), new StepDetail.Mobilisation())),
                new ParcoursCommand.EndStep(StepId.of("S1"), ENTRY.plusDays(30)),
                new ParcoursCommand.ProposeExit(ENTRY.plusDays(40), ExitCategory.ABANDONMENT, List.of()));
        for (ParcoursCommand command : commands) {
            ParcoursChange change = ParcoursFixture.LIFECYCLE.handle(p, command).get();
            Either<Rejection, Parcours> saved = repos.save(change);
            assertThat(saved.isRight()).as("%s", command).isTrue();
            p = change.parcours();
            assertThat(repos.parcours().findById(p.id())).isEqualTo(Option.some(p));
        }
        assertThat(plie.auditTrail(p.participant()))
                .extracting(AuditRecord::change)
                .containsExactly(
                        "created: status REFERRED, steps 0, interviews 0, placements 0, decisions 0",
                        "Decide",
                        "SignCommitment",
                        "StartStep",
                        "EndStep",
                        "ProposeExit");
    }

    @Test
    void two_commands_then_one_save_store_the_last_version_with_both_events_in_the_audit() {
        Parcours p = Parcours.referred(ParcoursId.of("PAR-B"), ParticipantId.of("P-B"), referral());
        repos.parcours().save(p, 0);
        List<ParcoursChange> changes = ParcoursFixture.LIFECYCLE
                .handleAll(
                        p,
                        List.of(
                                new ParcoursCommand.Decide(new CommitteeDecision.Admitted(ENTRY.minusDays(3))),
                                new ParcoursCommand.SignCommitment(
                                        fr.plie.core.admission.CommitmentContract.signedOn(ENTRY))))
                .get();

        Either<Rejection, Parcours> saved = repos.save(changes);

        assertThat(saved.map(Parcours::version)).isEqualTo(Either.right(3L));
        assertThat(repos.parcours().findById(p.id())).isEqualTo(Option.some(ParcoursChange.last(changes)));
        assertThat(plie.auditTrail(p.participant()))
                .extracting(AuditRecord::change)
                .last()
                .isEqualTo("Decide,SignCommitment");
        assertThat(repos.save(changes).getLeft().code())
                .as("the same changes again: the store is at 3, not 1")
                .isEqualTo("parcours.stale-version");
    }

    @Test
    void a_save_over_a_stale_version_is_rejected_with_both_versions_and_writes_nothing() {
        Parcours stored = ParcoursFixture.enteredOn("PAR-S", ENTRY).build();
        repos.parcours().save(stored, 0);
        Parcours mine = ParcoursFixture.LIFECYCLE
                .handle(stored, new ParcoursCommand.AssignReferent(ParcoursFixture.REFERENT, ENTRY.plusDays(5)))
                .get()
                .parcours();

        Either<Rejection, Parcours> result = repos.parcours().save(mine, stored.version() - 1);
        Rejection rejection = result.getLeft();
        assertThat(rejection.code()).isEqualTo("parcours.stale-version");
        assertThat(rejection.args()).containsExactly(stored.id(), stored.version() - 1, stored.version());
        assertThat(rejection.message(Locale.ENGLISH))
                .isEqualTo("Parcours PAR-S was changed meanwhile: expected version 3, stored version 4.");
        assertThat(repos.parcours().findById(stored.id())).isEqualTo(Option.some(stored));

        Either<Rejection, Parcours> again = repos.parcours().save(stored, 0);
        assertThat(again.getLeft().args()).containsExactly(stored.id(), 0L, stored.version());
        assertThat(plie.auditTrail(stored.participant())).hasSize(1);
    }

    @Test
    void the_audit_trail_names_the_actor_the_clock_time_and_what_changed_without_personal_data() {
        repos.participants().save(Samples.participant("P-PAR-A", s -> s));
        Parcours p = ParcoursFixture.enteredOn("PAR-A", ENTRY).build();
        repos.parcours().save(p, 0);
        Parcours next = ParcoursFixture.LIFECYCLE
                .handle(
                        p,
                        new ParcoursCommand.StartStep(fr.plie.core.step.Step.of(
                                StepId.of("S9"), ENTRY.plusDays(2), new StepDetail.JobSearchWorkshop())))
                .get()
                .parcours();
        plie.repositories("CRE-07").parcours().save(next, p.version());
        plie.repositories("DPO-1").participants().erasePersonalData(ParticipantId.of("P-PAR-A"));

        List<AuditRecord> trail = plie.auditTrail(ParticipantId.of("P-PAR-A"));
        assertThat(trail)
                .extracting(AuditRecord::actor)
                .containsExactly("REF-01", "REF-01", "CRE-07", "DPO-1", "DPO-1");
        assertThat(trail).extracting(AuditRecord::recordedAt).containsOnly(ParcoursFixture.CLOCK.instant());
        assertThat(trail.get(2).change()).isEqualTo("steps 0->1");
        assertThat(trail.get(2).versionFrom()).isEqualTo(p.version());
        assertThat(trail.get(2).versionTo()).isEqualTo(next.version());
        assertThat(trail.get(2).parcours()).isEqualTo(Option.some(p.id()));
        // the erasure rewrites the parcours' free texts at its next version, then records itself
        assertThat(trail.get(3).change()).isEqualTo("free texts erased");
        assertThat(trail.get(3).versionTo()).isEqualTo(next.version() + 1);
        assertThat(trail.get(4).change()).isEqualTo("personal data erased");
        assertThat(trail.toString()).doesNotContain("Nadia", "Benali");
    }

    @Test
    void erasing_personal_data_erases_the_free_texts_and_keeps_the_profile_and_what_the_indicators_count() {
        Participant person = Samples.participant("P-PAR-G", s -> s);
        Parcours parcours = Samples.exited("PAR-G", ENTRY);
        repos.participants().save(person);
        repos.parcours().save(parcours, 0);
        assertThat(repos.participants().findById(person.id())).isEqualTo(Option.some(person));

        assertThat(repos.participants().erasePersonalData(person.id())).isTrue();

        Participant after = repos.participants().findById(person.id()).get();
        assertThat(after.personalData()).isEqualTo(Option.none());
        assertThat(after.profile()).isEqualTo(person.profile());
        Parcours stored = repos.parcours().findById(parcours.id()).get();
        assertThat(TextCheck.texts(stored).values()).isNotEmpty().containsOnly(FreeTexts.ERASED);
        assertThat(stored.version()).isEqualTo(parcours.version() + 1);
        // but for its free texts and its version, the parcours is the one saved: the indicators count the same
        Parcours saved = FreeTexts.replaced(parcours, FreeTexts.ERASED);
        assertThat(stored).isEqualTo(saved.withVersion(stored.version()));
        assertThat(repos.participants().erasePersonalData(ParticipantId.of("P-404")))
                .isFalse();
    }

    @Test
    void pseudonymised_reads_leave_out_names_contacts_and_interview_texts() {
        Participant person = Samples.participant("P-PAR-P", s -> s);
        Parcours parcours = Samples.exited("PAR-P", ENTRY);
        repos.participants().save(person);
        repos.parcours().save(parcours, 0);

        PlieRepositories reporting = plie.pseudonymised();
        assertThat(reporting.participants().findById(person.id())).isEqualTo(Option.some(person.pseudonymised()));
        Parcours read = reporting.parcours().findById(parcours.id()).get();
        assertThat(read.interviews()).extracting(i -> i.synthesis()).containsOnly("[pseudonymised]");
        assertThat(read.steps()).isEqualTo(parcours.steps());
        try (Stream<Parcours> stream = reporting.parcours().streamActiveIn(ReportingPeriod.year(2023))) {
            assertThat(stream.flatMap(p -> p.interviews().stream()).map(i -> i.synthesis()))
                    .containsOnly("[pseudonymised]");
        }
    }

    @Test
    void the_purge_deletes_parcours_closed_longer_ago_than_the_retention_and_nothing_else() {
        Parcours old = Samples.exited("PAR-OLD", LocalDate.of(2016, 1, 4)); // validated 2017-02-17
        Parcours recent = Samples.exited("PAR-NEW", LocalDate.of(2021, 1, 4));
        Parcours refusedLongAgo = Samples.refused("PAR-REF", LocalDate.of(2015, 5, 1));
        Parcours ongoing =
                ParcoursFixture.enteredOn("PAR-ON", LocalDate.of(2015, 1, 5)).build();
        assertThat(repos.saveNew(List.of(old, recent, refusedLongAgo, ongoing)).get())
                .isEqualTo(4);
        repos.participants().save(Samples.participant("P-PAR-OLD", s -> s));

        int purged = plie.purgeExpired("DPO-1", LocalDate.of(2024, 1, 1)); // 5 years: closed before 2019-01-01

        assertThat(purged).isEqualTo(2);
        assertThat(repos.parcours().findById(old.id())).isEqualTo(Option.none());
        assertThat(repos.parcours().findById(refusedLongAgo.id())).isEqualTo(Option.none());
        assertThat(repos.parcours().findById(recent.id())).isEqualTo(Option.some(recent));
        assertThat(repos.parcours().findById(ongoing.id())).isEqualTo(Option.some(ongoing));
        assertThat(repos.participants().findById(ParticipantId.of("P-PAR-OLD"))).isEqualTo(Option.none());
        assertThat(plie.auditTrail(old.participant()))
                .extracting(AuditRecord::change)
                .contains(
                        "parcours purged: closed on 2017-02-17, retention over",
                        "participant purged: no parcours left");
    }

    @Test
    void the_stream_yields_exactly_the_parcours_active_in_the_period() {
        List<Parcours> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate entry = LocalDate.of(2020, 1, 1).plusDays(37L * i);
            all.add(
                    i % 3 == 0
                            ? Samples.exited("PAR-" + i, entry)
                            : ParcoursFixture.enteredOn("PAR-" + i, entry).build());
        }
        all.add(Samples.refused("PAR-R", LocalDate.of(2022, 1, 1)));
        repos.saveNew(all);
        for (ReportingPeriod period : List.of(
                ReportingPeriod.year(2021),
                ReportingPeriod.year(2019),
                new ReportingPeriod(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 31)))) {
            List<Parcours> expected = all.stream()
                    .filter(p -> p.isActiveBetween(period.from(), period.to()))
                    .sorted(java.util.Comparator.comparing(p -> p.id().value()))
                    .collect(Collectors.toList());
            try (Stream<Parcours> stream = repos.parcours().streamActiveIn(period)) {
                List<Parcours> streamed = stream.sorted(java.util.Comparator.comparing(p -> p.id().value()))
                        .collect(Collectors.toList());
                assertThat(streamed).as("%s", period).isEqualTo(expected);
            }
        }
    }

    @Test
    void a_stream_over_more_parcours_than_one_batch_yields_each_once_and_equal_to_what_was_saved() {
        PlieRepositories batched = db.plie("plie_", b -> b.streamBatch(7)).repositories("REF-01");
        List<Parcours> all = everyFifthRefused(45);
        List<Parcours> active = activeIn2023(all);
        assertThat(batched.saveNew(all).get()).isEqualTo(45);

        try (Stream<Parcours> stream = batched.parcours().streamActiveIn(ReportingPeriod.year(2023))) {
            // ids in order, each once, with every child row (steps, texts, interviews, evidence) read back
            assertThat(stream.collect(Collectors.toList())).containsExactlyElementsOf(active);
        }
    }

    @Test
    void the_report_stream_pairs_each_parcours_referred_or_active_in_the_period_with_its_participant() {
        PlieJdbc batched = db.plie("plie_", b -> b.streamBatch(7).fetchSize(3));
        PlieRepositories writer = batched.repositories("REF-01");
        List<Parcours> all = everyFifthRefused(20);
        ReportingPeriod year = ReportingPeriod.year(2023);
        // the oracle: first receptions of the period, and parcours active in it
        List<Parcours> concerned = all.stream()
                .filter(p -> year.contains(p.referral().date()) || p.isActiveBetween(year.from(), year.to()))
                .collect(Collectors.toList());
        assertThat(concerned)
                .containsAll(activeIn2023(all))
                .hasSizeGreaterThan(activeIn2023(all).size());
        for (Parcours p : all) {
            writer.participants().save(Samples.participant(p.participant().value(), s -> s + " " + p.id()));
        }
        writer.saveNew(all);

        try (Stream<ParcoursWithParticipant> stream = writer.streamConcerning(year)) {
            List<ParcoursWithParticipant> read = stream.collect(Collectors.toList());
            assertThat(read).extracting(ParcoursWithParticipant::parcours).containsExactlyElementsOf(concerned);
            for (ParcoursWithParticipant pair : read) {
                assertThat(pair.participant())
                        .isEqualTo(
                                writer.participants().findById(pair.parcours().participant()));
                assertThat(pair.participant().get().personalData().isDefined()).isTrue();
            }
        }
        try (Stream<ParcoursWithParticipant> stream = batched.pseudonymised().streamConcerning(year)) {
            assertThat(stream.map(ParcoursWithParticipant::participant).collect(Collectors.toList()))
                    .containsExactlyElementsOf(concerned.stream()
                            .map(p -> writer.participants()
                                    .findById(p.participant())
                                    .map(Participant::pseudonymised))
                            .collect(Collectors.toList()));
        }
        try (Stream<ParcoursWithParticipant> stream = writer.streamConcerning(ReportingPeriod.year(2019))) {
            assertThat(stream).isEmpty();
        }
    }

    @Test
    void the_report_stream_yields_a_parcours_stored_without_its_participant_with_no_participant() {
        Parcours alone = ParcoursFixture.enteredOn("PAR-ALONE", ENTRY).build();
        repos.saveNew(List.of(alone));
        try (Stream<ParcoursWithParticipant> stream = repos.streamConcerning(ReportingPeriod.year(2023))) {
            assertThat(stream.collect(Collectors.toList()))
                    .containsExactly(new ParcoursWithParticipant(alone, Option.none()));
        }
    }

    @Test
    void a_training_result_without_its_date_is_neither_saved_nor_read_back() throws Exception {
        Parcours entered = ParcoursFixture.enteredOn("PAR-T", ENTRY).build();
        Training training = Training.nonQualifying(ENTRY.plusDays(60));
        Parcours undated = entered.withSteps(List.of(Step.of(
                StepId.of("T1"),
                ENTRY.plusDays(1),
                new Training(false, Option.none(), training.plannedEnd(), TrainingResult.OBTAINED, Option.none()))));
        assertThat(repos.parcours().save(undated, 0).getLeft().code()).isEqualTo("training.result-without-date");
        assertThat(repos.parcours().findById(undated.id())).isEqualTo(Option.none());

        // a row written before the rule: its result kept, its date lost
        Parcours dated = entered.withSteps(List.of(Step.of(
                StepId.of("T1"), ENTRY.plusDays(1), training.withResult(TrainingResult.OBTAINED, ENTRY.plusDays(60)))));
        assertThat(repos.parcours().save(dated, 0).isRight()).isTrue();
        try (Connection c = db.dataSource.getConnection();
                java.sql.Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE " + db.table("plie_step") + " SET result_on = NULL WHERE parcours_id = 'PAR-T'");
        }
        assertThatThrownBy(() -> repos.parcours().findById(dated.id()))
                .hasMessageContaining("PAR-T")
                .hasMessageContaining("training.result-without-date");
    }

    @Test
    void joined_repositories_commit_and_roll_back_with_the_callers_transaction() throws Exception {
        Parcours kept = ParcoursFixture.enteredOn("PAR-K", ENTRY).build();
        Parcours dropped = ParcoursFixture.enteredOn("PAR-D", ENTRY).build();
        try (Connection c = db.dataSource.getConnection()) {
            c.setAutoCommit(false);
            PlieRepositories joined = plie.join(c, "VENDOR-APP");
            joined.parcours().save(kept, 0);
            assertThat(joined.parcours().save(kept, 0).isLeft()).isTrue(); // rejected, the caller's work goes on
            c.commit();
            joined.parcours().save(dropped, 0);
            assertThat(joined.parcours().findById(dropped.id())).isEqualTo(Option.some(dropped));
            c.rollback();
            assertThat(c.isClosed()).isFalse();
        }
        assertThat(repos.parcours().findById(kept.id())).isEqualTo(Option.some(kept));
        assertThat(repos.parcours().findById(dropped.id())).isEqualTo(Option.none());
        assertThat(plie.auditTrail(dropped.participant())).isEmpty();
    }

    @Test
    void saving_a_participant_again_replaces_profile_and_personal_data() {
        Participant first = Samples.participant("P-1", s -> s);
        repos.participants().save(first);
        Participant second =
                new Participant(first.id(), ProfileFixture.longTermJobSeeker().build(), Option.none());
        repos.participants().save(second);
        assertThat(repos.participants().findById(first.id())).isEqualTo(Option.some(second));
    }

    /** {@code n} parcours with ids in order, every fifth refused (never active), the others active in 2023. */
    private static List<Parcours> everyFifthRefused(int n) {
        List<Parcours> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = String.format(Locale.ROOT, "PAR-%03d", i);
            all.add(i % 5 == 0 ? Samples.refused(id, ENTRY) : Samples.exited(id, ENTRY.plusDays(i)));
        }
        return all;
    }

    private static List<Parcours> activeIn2023(List<Parcours> all) {
        ReportingPeriod year = ReportingPeriod.year(2023);
        List<Parcours> active = all.stream()
                .filter(p -> p.isActiveBetween(year.from(), year.to()))
                .collect(Collectors.toList());
        assertThat(active).hasSize(all.size() - (all.size() + 4) / 5); // the test needs both kinds interleaved
        return active;
    }

    static fr.plie.core.admission.Referral referral() {
        return new fr.plie.core.admission.Referral(
                fr.plie.core.admission.PrescriberKind.MISSION_LOCALE, "Mission Locale", ENTRY.minusDays(20), List.of());
    }
}
