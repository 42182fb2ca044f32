package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.fixture.InMemoryParcoursRepository;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ParcoursWithParticipant;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.ParticipantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The streams of the JDBC repositories return exactly what the in-memory repository of plie-core's tests (the
 * oracle) returns for the same stored parcours: random parcours in every status (referrals pending or refused,
 * entered, exit proposed or validated), random periods, pages of 3 parcours so that every stream spans pages.
 */
abstract class StreamContract extends DatabaseTest {
    private static final int EXAMPLES = 40;

    private int example;

    @Test
    void streams_return_what_the_in_memory_repository_returns_for_the_same_parcours() {
        // pages of 3 parcours, and cursors fetching 2 rows at a time where every table is read once, sorted
        PlieRepositories paged =
                db.plie("plie_", b -> b.streamBatch(3).fetchSize(2)).repositories("REF-01");
        qt().withExamples(EXAMPLES)
                .withShrinkCycles(20)
                .forAll(lists().of(PlieGens.parcours(PlieGen.Knob.WILD)).ofSizeBetween(0, 12), periods())
                .checkAssert((generated, period) -> {
                    // each example stores its own parcours, told apart by an id prefix
                    String prefix = String.format(Locale.ROOT, "E%03d-", example++);
                    List<Parcours> stored = renamed(generated, prefix);
                    InMemoryParcoursRepository oracle = new InMemoryParcoursRepository();
                    stored.forEach(p -> oracle.save(p, 0));
                    assertThat(paged.saveNew(stored).get()).isEqualTo(stored.size());
                    // every other participant stored: the report's stream pairs the others with none
                    for (int i = 0; i < stored.size(); i += 2) {
                        paged.participants()
                                .save(Samples.participant(
                                        stored.get(i).participant().value(), t -> t));
                    }

                    for (ReportingPeriod p : withEdges(period, stored)) {
                        assertThat(read(paged.parcours(), r -> r.streamActiveIn(p), prefix))
                                .as("active in %s", p)
                                .containsExactlyElementsOf(read(oracle, r -> r.streamActiveIn(p), prefix));
                        assertThat(concerning(paged, p, prefix))
                                .as("concerning %s", p)
                                .containsExactlyElementsOf(stored.stream()
                                        .filter(c ->
                                                p.contains(c.referral().date()) || c.isActiveBetween(p.from(), p.to()))
                                        .map(c -> new ParcoursWithParticipant(
                                                c, paged.participants().findById(c.participant())))
                                        .toList());
                    }
                    assertThat(read(paged.parcours(), ParcoursRepository::streamAll, prefix))
                            .containsExactlyElementsOf(read(oracle, ParcoursRepository::streamAll, prefix));
                });
    }

    @Test
    void stream_all_yields_every_parcours_once_in_id_order_whatever_its_status_over_several_pages() {
        PlieRepositories paged = db.plie("plie_", b -> b.streamBatch(4)).repositories("REF-01");
        List<Parcours> all = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            String id = String.format(Locale.ROOT, "PAR-%03d", i);
            all.add(
                    i % 3 == 0
                            ? Samples.refused(id, ENTRY)
                            : i % 3 == 1 ? Samples.exited(id, ENTRY) : PlieGen.referred());
        }
        all = renamed(all, "");
        assertThat(paged.saveNew(all).get()).isEqualTo(21);

        try (Stream<Parcours> stream = paged.parcours().streamAll()) {
            assertThat(stream).containsExactlyElementsOf(all);
        }
        // every other participant stored: the joined stream gives each parcours its own, or none
        for (int i = 0; i < all.size(); i += 2) {
            paged.participants()
                    .save(Samples.participant(all.get(i).participant().value(), t -> t));
        }
        try (Stream<ParcoursWithParticipant> stream = paged.streamAllWithParticipants()) {
            List<ParcoursWithParticipant> joined = stream.collect(Collectors.toList());
            assertThat(joined).extracting(ParcoursWithParticipant::parcours).containsExactlyElementsOf(all);
            for (ParcoursWithParticipant pair : joined) {
                assertThat(pair.participant())
                        .isEqualTo(paged.participants().findById(pair.parcours().participant()));
            }
            assertThat(joined.stream().filter(j -> j.participant().isDefined())).hasSize(11);
        }
        try (Stream<Parcours> stream = plie.pseudonymised().parcours().streamAll()) {
            assertThat(stream.flatMap(p -> p.interviews().stream()).map(i -> i.synthesis()))
                    .isNotEmpty()
                    .containsOnly(ParcoursAssembler.PSEUDONYMISED_TEXT);
        }
    }

    @Test
    void a_row_that_cannot_be_read_fails_the_stream_after_the_parcours_before_it_and_frees_its_connection() {
        List<Parcours> all = storedInOrder(12);
        // PAR-006's interviews hold a mode no version of plie wrote: reading them fails, wherever it is read
        db.execute("UPDATE " + db.table("plie_interview") + " SET mode = 'TELEPATHY' WHERE parcours_id = 'PAR-006'");
        FaultyDataSource counted = new FaultyDataSource(db.dataSource);
        PlieRepositories tiny = small(counted);
        List<Parcours> seen = new ArrayList<>();

        assertThatThrownBy(() -> {
                    try (Stream<ParcoursWithParticipant> stream = tiny.streamConcerning(ReportingPeriod.year(2023))) {
                        stream.forEach(p -> seen.add(p.parcours()));
                    }
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("TELEPATHY");
        assertThat(seen).containsExactlyElementsOf(all.subList(0, 6));
        assertThat(counted.openConnections()).isZero();
        assertThat(readersAlive()).isEmpty();
    }

    @Test
    void a_stream_closed_after_its_first_parcours_stops_reading_and_frees_its_connection() {
        List<Parcours> all = storedInOrder(12);
        FaultyDataSource counted = new FaultyDataSource(db.dataSource);
        PlieRepositories tiny = small(counted);
        for (int round = 0; round < 3; round++) {
            try (Stream<ParcoursWithParticipant> stream = tiny.streamConcerning(ReportingPeriod.year(2023))) {
                assertThat(stream.findFirst().map(ParcoursWithParticipant::parcours))
                        .contains(all.get(0));
            }
            assertThat(counted.openConnections()).as("round %d", round).isZero();
            assertThat(readersAlive()).as("round %d", round).isEmpty();
        }
        // and the repositories still stream all of it afterwards
        try (Stream<ParcoursWithParticipant> stream = tiny.streamConcerning(ReportingPeriod.year(2023))) {
            assertThat(stream.map(ParcoursWithParticipant::parcours)).containsExactlyElementsOf(all);
        }
        assertThat(counted.openConnections()).isZero();
    }

    /** {@code count} parcours PAR-000 onwards, each entered in 2023, stored in id order with their participants. */
    List<Parcours> storedInOrder(int count) {
        List<Parcours> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(Samples.exited(String.format(Locale.ROOT, "PAR-%03d", i), ENTRY));
        }
        all = renamed(all, "");
        assertThat(repos.saveNew(all).get()).isEqualTo(count);
        for (Parcours p : all) {
            repos.participants().save(Samples.participant(p.participant().value(), t -> t));
        }
        return all;
    }

    /**
     * Repositories over {@code source} that hold as little as they may: pages of 1 parcours, read ahead by batches
     * of 1, cursors of 2 rows, so that a stream of a dozen parcours is still being read when it fails or closes.
     */
    PlieRepositories small(FaultyDataSource source) {
        PlieJdbc.Builder builder = PlieJdbc.builder()
                .dataSource(source.dataSource())
                .dialect(plie.dialect())
                .clock(fr.plie.core.fixture.ParcoursFixture.CLOCK)
                .streamBatch(1)
                .fetchSize(2);
        if (db.schema != null) {
            builder.schema(db.schema);
        }
        return builder.build().repositories("REF-01");
    }

    /** The threads reading a sorted stream ahead ({@link ReadAhead}) that are alive. */
    static List<Thread> readersAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("plie-parcours-reader") && t.isAlive())
                .toList();
    }

    /** Periods of 1 to 400 days starting between mid-2023 and 2026: before, across and after the parcours. */
    private static Gen<ReportingPeriod> periods() {
        LocalDate origin = LocalDate.of(2023, 6, 1);
        return integers().between(0, 1000).zip(integers().between(0, 400), (start, length) -> {
            LocalDate from = origin.plusDays(start);
            return new ReportingPeriod(from, from.plusDays(length));
        });
    }

    /**
     * {@code period} and, for the first parcours, the periods that end on the day of entry or the day before, and
     * start on the day of exit (validated or only proposed) or the day after: where an off-by-one would show.
     */
    private static List<ReportingPeriod> withEdges(ReportingPeriod period, List<Parcours> stored) {
        List<ReportingPeriod> periods = new ArrayList<>(List.of(period));
        for (Parcours p : stored.subList(0, Math.min(4, stored.size()))) {
            p.entryDate().forEach(entry -> {
                periods.add(new ReportingPeriod(entry.minusDays(30), entry));
                periods.add(new ReportingPeriod(entry.minusDays(30), entry.minusDays(1)));
            });
            p.exit().forEach(exit -> {
                periods.add(new ReportingPeriod(exit.date(), exit.date().plusDays(30)));
                periods.add(
                        new ReportingPeriod(exit.date().plusDays(1), exit.date().plusDays(30)));
            });
        }
        return periods;
    }

    /** The parcours under ids {@code prefix + PAR-nnn} (in list order), each with a participant of its own. */
    private static List<Parcours> renamed(List<Parcours> parcours, String prefix) {
        List<Parcours> renamed = new ArrayList<>(parcours.size());
        for (int i = 0; i < parcours.size(); i++) {
            Parcours p = parcours.get(i);
            String id = String.format(Locale.ROOT, "%sPAR-%03d", prefix, i);
            renamed.add(Parcours.builder()
                    .from(p)
                    .id(ParcoursId.of(id))
                    .participant(ParticipantId.of("P-" + id))
                    .build());
        }
        return renamed;
    }

    /** The report's stream over {@code period}, kept to the parcours of one example. */
    private static List<ParcoursWithParticipant> concerning(
            PlieRepositories repositories, ReportingPeriod period, String prefix) {
        try (Stream<ParcoursWithParticipant> read = repositories.streamConcerning(period)) {
            return read.filter(p -> p.parcours().id().value().startsWith(prefix))
                    .collect(Collectors.toList());
        }
    }

    private static List<Parcours> read(
            ParcoursRepository repository, Function<ParcoursRepository, Stream<Parcours>> stream, String prefix) {
        try (Stream<Parcours> read = stream.apply(repository)) {
            return read.filter(p -> p.id().value().startsWith(prefix)).collect(Collectors.toList());
        }
    }
}
