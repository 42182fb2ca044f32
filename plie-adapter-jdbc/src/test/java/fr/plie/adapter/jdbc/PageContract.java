package fr.plie.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursFilter;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link ParcoursRepository#page}: walking a list page by page after the last id of each page gives exactly the
 * stored parcours that a simpler oracle (every parcours, filtered one by one) keeps, in id order, whatever the
 * filter (status, referent on a day) and the page size; and the edges of a walk (nothing stored, exactly one page,
 * a last partial page) behave as a list's "next" link expects.
 */
abstract class PageContract {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private final List<Parcours> everything = new ArrayList<>();
    private int example;

    /** The repository under test, empty at the start of each test. */
    abstract ParcoursRepository repository();

    @Test
    void pages_walked_after_the_last_id_concatenate_to_the_filtered_list_in_id_order() {
        ParcoursRepository repository = repository();
        qt().withExamples(30)
                .withShrinkCycles(10)
                .forAll(
                        lists().of(PlieGens.parcours(PlieGen.Knob.WILD)).ofSizeBetween(0, 10),
                        filters(),
                        integers().between(1, 4))
                .checkAssert((generated, filter, limit) -> {
                    store(repository, generated, String.format(Locale.ROOT, "E%03d-", example++));
                    for (ParcoursFilter f : withReferentEdges(filter)) {
                        assertThat(walk(repository, f, limit))
                                .as("%s by %d", f, limit)
                                .containsExactlyElementsOf(expected(f));
                    }
                });
    }

    @Test
    void nothing_stored_gives_an_empty_first_page() {
        assertThat(repository().page(ParcoursFilter.any(DAY), Option.none(), 5)).isEmpty();
    }

    @Test
    void exactly_one_page_is_full_and_the_page_after_it_is_empty() {
        ParcoursRepository repository = repository();
        store(repository, examples(3), "");
        List<Parcours> first = repository.page(ParcoursFilter.any(DAY), Option.none(), 3);
        assertThat(first).containsExactlyElementsOf(everything);
        assertThat(repository.page(
                        ParcoursFilter.any(DAY), Option.some(first.get(2).id()), 3))
                .isEmpty();
    }

    @Test
    void the_last_page_holds_what_is_left() {
        ParcoursRepository repository = repository();
        store(repository, examples(7), "");
        List<Parcours> first = repository.page(ParcoursFilter.any(DAY), Option.none(), 3);
        List<Parcours> second = repository.page(
                ParcoursFilter.any(DAY), Option.some(first.get(2).id()), 3);
        List<Parcours> last = repository.page(
                ParcoursFilter.any(DAY), Option.some(second.get(2).id()), 3);
        assertThat(first).containsExactlyElementsOf(everything.subList(0, 3));
        assertThat(second).containsExactlyElementsOf(everything.subList(3, 6));
        assertThat(last).containsExactlyElementsOf(everything.subList(6, 7));
        // after an id that is not stored, the page starts at the next one stored
        assertThat(repository.page(ParcoursFilter.any(DAY), Option.some(ParcoursId.of("PAR-004a")), 2))
                .containsExactlyElementsOf(everything.subList(5, 7));
    }

    @Test
    void a_referent_sees_a_parcours_handed_over_to_them_from_the_day_of_the_handover_and_the_former_one_until_then() {
        ParcoursRepository repository = repository();
        LocalDate handover = DAY.plusDays(30);
        Parcours handedOver = ParcoursFixture.enteredOn("PAR-001", DAY)
                .then(new ParcoursCommand.AssignReferent(ReferentId.of("REF-02"), handover))
                .build();
        store(repository, List.of(ParcoursFixture.enteredOn("PAR-000", DAY).build(), handedOver), "");
        assertThat(followedBy(repository, "REF-01", handover.minusDays(1))).containsExactly("PAR-000", "PAR-001");
        assertThat(followedBy(repository, "REF-01", handover)).containsExactly("PAR-000");
        assertThat(followedBy(repository, "REF-02", handover.minusDays(1))).isEmpty();
        assertThat(followedBy(repository, "REF-02", handover)).containsExactly("PAR-001");
        // before the first assignment, no one follows it
        assertThat(followedBy(repository, "REF-01", DAY.minusDays(15))).isEmpty();
    }

    private static List<String> followedBy(ParcoursRepository repository, String referent, LocalDate day) {
        ParcoursFilter filter = new ParcoursFilter(Option.none(), Option.some(ReferentId.of(referent)), day);
        return repository.page(filter, Option.none(), 10).stream()
                .map(p -> p.id().value())
                .toList();
    }

    @Test
    void a_status_filter_keeps_only_that_status_across_pages() {
        ParcoursRepository repository = repository();
        List<Parcours> mixed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mixed.add(i % 2 == 0 ? ParcoursFixture.enteredOn("X", DAY).build() : PlieGen.referred());
        }
        store(repository, mixed, "");
        ParcoursFilter active = new ParcoursFilter(Option.some(ParcoursStatus.ACTIVE), Option.none(), DAY);
        List<Parcours> first = repository.page(active, Option.none(), 2);
        assertThat(first).extracting(p -> p.id().value()).containsExactly("PAR-000", "PAR-002");
        assertThat(repository.page(active, Option.some(first.get(1).id()), 2))
                .extracting(p -> p.id().value())
                .containsExactly("PAR-004");
    }

    @Test
    void a_page_of_no_parcours_is_refused() {
        ParcoursRepository repository = repository();
        assertThatThrownBy(() -> repository.page(ParcoursFilter.any(DAY), Option.none(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Every stored parcours the filter keeps, in id order, decided here without {@link ParcoursFilter#matches}. */
    private List<Parcours> expected(ParcoursFilter filter) {
        return everything.stream()
                .filter(p -> filter.status().isEmpty() || filter.status().get() == p.status())
                .filter(p ->
                        filter.referent().isEmpty() || filter.referent().equals(lastReferentFrom(p, filter.asOf())))
                .sorted((a, b) -> a.id().value().compareTo(b.id().value()))
                .toList();
    }

    /** The referent of the last assignment effective on {@code day}, scanning from the end. */
    private static Option<ReferentId> lastReferentFrom(Parcours p, LocalDate day) {
        List<ReferentAssignment> assignments = p.referents();
        for (int i = assignments.size() - 1; i >= 0; i--) {
            if (!assignments.get(i).from().isAfter(day)) {
                return Option.some(assignments.get(i).referent());
            }
        }
        return Option.none();
    }

    /** Pages of {@code limit} after the last id of the previous one, until a short page; every page but it full. */
    private static List<Parcours> walk(ParcoursRepository repository, ParcoursFilter filter, int limit) {
        List<Parcours> all = new ArrayList<>();
        Option<ParcoursId> after = Option.none();
        while (true) {
            List<Parcours> page = repository.page(filter, after, limit);
            assertThat(page).hasSizeLessThanOrEqualTo(limit);
            all.addAll(page);
            if (page.size() < limit) {
                return all;
            }
            after = Option.some(page.get(page.size() - 1).id());
        }
    }

    /** {@code filter} and, when it asks for a referent, the same on the days referents change and the day before. */
    private List<ParcoursFilter> withReferentEdges(ParcoursFilter filter) {
        List<ParcoursFilter> filters = new ArrayList<>(List.of(filter));
        if (filter.referent().isDefined()) {
            everything.stream()
                    .flatMap(p -> p.referents().stream())
                    .limit(3)
                    .flatMap(a -> Stream.of(a.from(), a.from().minusDays(1)))
                    .forEach(day -> filters.add(new ParcoursFilter(filter.status(), filter.referent(), day)));
        }
        return filters;
    }

    private void store(ParcoursRepository repository, List<Parcours> parcours, String prefix) {
        for (int i = 0; i < parcours.size(); i++) {
            String id = String.format(Locale.ROOT, "%sPAR-%03d", prefix, i);
            Parcours p = ParcoursFixture.renamed(parcours.get(i), id, ParticipantId.of("P-" + id));
            assertThat(repository.save(p, 0).isRight()).isTrue();
            everything.add(repository.findById(p.id()).get());
        }
        everything.sort((a, b) -> a.id().value().compareTo(b.id().value()));
    }

    private static List<Parcours> examples(int count) {
        List<Parcours> parcours = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parcours.add(PlieGen.referred());
        }
        return parcours;
    }

    /** Any status or none, any referent the generator assigns, one it never does, or none; days across 2024. */
    private static Gen<ParcoursFilter> filters() {
        Gen<Option<ParcoursStatus>> status = Generate.pick(List.of(ParcoursStatus.values()))
                .map(Option::some)
                .mix(Generate.constant(Option.none()), 30);
        Gen<Option<ReferentId>> referent = Generate.pick(List.of("REF-01", "REF-02", "REF-03", "REF-09"))
                .map(r -> Option.some(ReferentId.of(r)))
                .mix(Generate.constant(Option.none()), 30);
        Gen<LocalDate> day = integers().between(-200, 400).map(d -> PlieGen.REFERRAL_DATE.plusDays(d));
        return status.zip(referent, day, ParcoursFilter::new);
    }
}
