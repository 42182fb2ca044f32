package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.common.Rejection;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.participant.Participant;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Concurrency, faults and hostile text: the ways a parcours could be lost or half-written. */
abstract class RobustnessContract extends DatabaseTest {
    private static final int THREADS = 8;
    private static final int ATTEMPTS_PER_THREAD = 64;

    @Test
    void eight_threads_making_512_conflicting_updates_lose_none_of_the_committed_ones() throws Exception {
        Parcours initial = ParcoursFixture.enteredOn("PAR-C", ENTRY).build();
        repos.parcours().save(initial, 0);
        Set<String> committed = Collections.synchronizedSet(new HashSet<>());
        AtomicInteger rejected = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                PlieRepositories mine = plie.repositories("THREAD-" + thread);
                for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                    String synthesis = "T" + thread + "-" + i;
                    Parcours seen = mine.parcours().findById(initial.id()).get();
                    Parcours next = ParcoursFixture.LIFECYCLE
                            .handle(
                                    seen,
                                    new ParcoursCommand.RecordInterview(new Interview(
                                            ENTRY.plusDays(1),
                                            InterviewMode.PHONE,
                                            synthesis,
                                            ParcoursFixture.REFERENT)))
                            .get()
                            .parcours();
                    Either<Rejection, Parcours> result = mine.parcours().save(next, seen.version());
                    if (result.isRight()) {
                        committed.add(synthesis);
                    } else {
                        assertThat(result.getLeft().code()).isEqualTo("parcours.stale-version");
                        rejected.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        for (Future<?> f : done) {
            f.get(); // rethrows what a thread failed on: every update either commits or is rejected
        }

        Parcours last = repos.parcours().findById(initial.id()).get();
        assertThat(committed.size() + rejected.get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
        assertThat(rejected.get()).as("conflicts happened").isPositive();
        assertThat(last.interviews()).extracting(Interview::synthesis).containsExactlyInAnyOrderElementsOf(committed);
        assertThat(last.version()).isEqualTo(initial.version() + committed.size());
        assertThat(plie.auditTrail(initial.participant())).hasSize(1 + committed.size());
    }

    @Test
    void after_each_of_200_failures_injected_inside_a_save_the_stored_parcours_is_the_old_or_the_new_one() {
        FaultyDataSource faulty = new FaultyDataSource(db.dataSource);
        PlieRepositories flaky = on(faulty).repositories("REF-01");
        Parcours stored = Samples.exited("PAR-F", ENTRY);
        stored = stored.withExit(Option.none());
        repos.parcours().save(stored, 0);
        Random random = new Random(20261122);
        faulty.failAt(0);
        Parcours probe = ParcoursFixture.LIFECYCLE
                .handle(
                        stored,
                        new ParcoursCommand.EndStep(stored.steps().get(3).id(), ENTRY.plusDays(6)))
                .get()
                .parcours();
        assertThat(flaky.parcours().save(probe, stored.version()).isRight()).isTrue();
        stored = probe;
        int callsPerSave = faulty.calls();
        int successes = 1;
        for (int attempt = 0; faulty.injectedFailures() < 200 && attempt < 2000; attempt++) {
            Parcours next = ParcoursFixture.LIFECYCLE
                    .handle(
                            stored,
                            new ParcoursCommand.RecordInterview(new Interview(
                                    ENTRY.plusDays(attempt % 300),
                                    InterviewMode.VIDEO,
                                    "Entretien " + attempt,
                                    ParcoursFixture.REFERENT)))
                    .get()
                    .parcours();
            int before = faulty.injectedFailures();
            faulty.failAt(1 + random.nextInt(callsPerSave + callsPerSave / 10));
            boolean failed = false;
            try {
                flaky.parcours().save(next, stored.version());
            } catch (PlieJdbcException e) {
                failed = true;
            }
            faulty.failAt(0);
            Parcours now = repos.parcours().findById(stored.id()).get();
            if (failed) {
                assertThat(faulty.injectedFailures()).isEqualTo(before + 1);
                assertThat(now)
                        .as("attempt %d failed: the old parcours stays", attempt)
                        .isEqualTo(stored);
            } else {
                assertThat(now)
                        .as("attempt %d succeeded: the new parcours", attempt)
                        .isEqualTo(next);
                successes++;
            }
            stored = now;
        }
        assertThat(faulty.injectedFailures()).isGreaterThanOrEqualTo(200);
        assertThat(successes).isPositive();
        assertThat(plie.auditTrail(stored.participant())).hasSize(1 + successes);
    }

    @Test
    void sql_injection_and_odd_unicode_in_every_text_field_are_stored_and_read_back_verbatim() {
        List<String> samples = HostileText.SAMPLES;
        for (int i = 0; i < samples.size(); i++) {
            String hostile = samples.get(i);
            int n = i;
            Parcours parcours = Samples.exited("PAR-H" + i, ENTRY, s -> hostile.isEmpty() ? s + hostile : hostile + n);
            Participant person = Samples.participant("P-PAR-H" + i, s -> hostile + s);
            assertThat(repos.parcours().save(parcours, 0).isRight()).isTrue();
            assertThat(repos.participants().save(person).isRight()).isTrue();

            assertThat(repos.parcours().findById(parcours.id())).as(hostile).isEqualTo(Option.some(parcours));
            assertThat(repos.participants().findById(person.id())).as(hostile).isEqualTo(Option.some(person));
            assertThat(TextCheck.texts(repos.parcours().findById(parcours.id()).get())
                            .values())
                    .as("every text field carries the sample")
                    .allMatch(text -> text.contains(hostile));
        }
        try (java.util.stream.Stream<Parcours> active =
                repos.parcours().streamActiveIn(fr.plie.core.parcours.ReportingPeriod.year(2023))) {
            assertThat(active.count()).isEqualTo(samples.size());
        }
    }

    @Test
    void the_nul_character_is_stored_where_the_database_allows_it_and_refused_clearly_where_not() {
        Parcours parcours = Samples.exited("PAR-NUL", ENTRY, s -> s.startsWith("Relance") ? HostileText.NUL : s);
        Participant person = Samples.participant("P-PAR-NUL", s -> s.equals("Benali") ? HostileText.NUL : s);
        Either<Rejection, Parcours> saved = repos.parcours().save(parcours, 0);
        if (plie.dialect() == Dialect.POSTGRESQL) {
            Rejection rejection = saved.getLeft();
            assertThat(rejection.code()).isEqualTo("jdbc.text.nul-refused");
            assertThat(rejection.args()).containsExactly("PAR-NUL", "interviews[1].synthesis");
            assertThat(rejection.message(Locale.FRENCH))
                    .startsWith("Le texte du champ interviews[1].synthesis de PAR-NUL contient le caractère NUL");
            assertThat(repos.parcours().findById(parcours.id())).isEqualTo(Option.none());
            Rejection refused = repos.participants().save(person).getLeft();
            assertThat(refused.args()).containsExactly("P-PAR-NUL", "personalData.lastName");
            assertThat(refused.message(Locale.FRENCH))
                    .startsWith("Le texte du champ personalData.lastName de P-PAR-NUL contient le caractère NUL")
                    .doesNotContain("Benali");
            assertThat(refused.message(Locale.ENGLISH))
                    .contains("personalData.lastName")
                    .doesNotContain("Benali");
            assertThat(repos.participants().findById(person.id())).isEqualTo(Option.none());
        } else {
            assertThat(saved.isRight()).isTrue();
            assertThat(repos.participants().save(person)).isEqualTo(Either.right(person));
            assertThat(repos.parcours().findById(parcours.id())).isEqualTo(Option.some(parcours));
            assertThat(repos.participants().findById(person.id())).isEqualTo(Option.some(person));
        }
    }
}
