package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.RetentionPolicy;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.core.esf.EsfAnswer;
import fr.plie.core.esf.EsfOperationId;
import fr.plie.core.esf.EsfQuestion;
import fr.plie.core.esf.EsfRecord;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.FreeTexts;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import fr.plie.examples.demo.SyntheticPlie;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * GDPR, as a participant would check it: whatever personal data a référent typed into whichever free text of a
 * parcours (a name in a synthesis, a phone in a refusal reason, an e-mail in an employer's name), none of the
 * participant's personal values (names, e-mail, phone, address, exact birth date) appears in a pseudonymised
 * export, nor in the H2 database once the participant is erased and the file compacted: neither in its live
 * rows (the SQL dump) nor in the file's bytes (an old chunk the compaction left).
 */
class PseudonymisationProperties {
    @TempDir
    Path dir;

    private int example;

    @Test
    void noPersonalValueSurvivesPseudonymisationOrErasureWhereverItWasTyped() {
        Profile profile = Synthetic.plie(1).cases().get(0).participant().profile();
        qt().withExamples(20)
                .withShrinkCycles(5)
                .forAll(
                        PlieGens.parcours(PlieGen.Knob.WILD),
                        personalData(),
                        integers().between(0, 4),
                        birthDates())
                .checkAssert((generated, personal, which, birth) -> {
                    String id = "X" + example++;
                    List<String> values = values(personal);
                    Participant participant = new Participant(
                            ParticipantId.of("P-" + id),
                            Profile.builder().from(profile).birthDate(birth).build(),
                            Option.some(personal));
                    Parcours typed = FreeTexts.replaced(
                            fr.plie.core.fixture.ParcoursFixture.renamed(generated, "PAR-" + id, participant.id()),
                            values.get(which));
                    try {
                        Path input = Synthetic.write(
                                List.of(ParcoursDocument.of(typed, participant)), dir.resolve(id + ".ndjson"));
                        String url = "jdbc:h2:" + dir.toAbsolutePath().resolve(id);
                        Run imported = Run.of("import", input.toString(), "--jdbc-url", url);
                        assertThat(imported.code()).as(imported.err()).isZero();
                        Path out = dir.resolve(id + "-pseudo.ndjson");
                        Run exported = Run.of("export", "--jdbc-url", url, "--pseudonymise", "-o", out.toString());
                        assertThat(exported.code()).as(exported.err()).isZero();

                        String pseudonymised = Files.readString(out);
                        assertThat(pseudonymised).contains("\"P-" + id + "\"");
                        for (String value : values) {
                            assertThat(pseudonymised).doesNotContain(value);
                        }
                        assertThat(pseudonymised).doesNotContain(birth.toString());

                        Path file = dir.resolve(id + ".mv.db");
                        // the typed text is in the live data before the erasure: the checks below can fail
                        assertThat(liveData(url))
                                .as("live data before the erasure")
                                .contains(values.get(which));
                        erase(url, participant.id());
                        // read before the database is opened again; the compacted file is compressed, so the raw
                        // bytes show what an old, uncompressed chunk kept, and the SCRIPT dump what is still live
                        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                        String live = liveData(url);
                        for (String value : values) {
                            assertThat(bytes)
                                    .as("the H2 file's bytes after the erasure")
                                    .doesNotContain(value);
                            assertThat(live)
                                    .as("the live data after the erasure")
                                    .doesNotContain(value);
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    /**
     * The ESF+ side of the retention clock (docs/persistence.md): over generated PLIEs (the synthetic PLIE of the
     * demo, any seed and size) with ESF+ answers entered at random, {@code plie esf export} gives the same EECO/EECR
     * table of every operation, and the same participant file but the names, before and after every participant's
     * personal data is erased by the retention clock; the names are there before and blank after.
     */
    @Test
    void esfFiguresAndNonPersonalColumnsAreIdenticalAfterTheRetentionErasure() {
        qt().withExamples(8)
                .withShrinkCycles(2)
                .forAll(longs().all(), integers().between(3, 25))
                .checkAssert((seed, size) -> {
                    String id = "E" + example++;
                    try {
                        SyntheticPlie.Plie generated = new SyntheticPlie(
                                        seed, Synthetic.CLOCK, LocalDate.of(2022, 1, 1), LocalDate.of(2025, 12, 31))
                                .generate(size, 3);
                        Path input = Synthetic.ndjson(generated, dir.resolve(id + ".ndjson"));
                        String url = "jdbc:h2:" + dir.toAbsolutePath().resolve(id);
                        Run imported = Run.of("import", input.toString(), "--jdbc-url", url);
                        assertThat(imported.code()).as(imported.err()).isZero();
                        PlieJdbc plie = jdbc(url);
                        enterAnswers(plie, generated, new java.util.Random(seed));
                        Path operations = operations(dir.resolve(id + "-operations.csv"));
                        List<List<String>> before = esfFiles(url, operations, id + "-before");

                        var plan = plie.retention(new RetentionPolicy(Period.ofDays(1), Period.ofYears(50)))
                                .apply("DPO-1", LocalDate.of(2030, 1, 1));
                        assertThat(plan.personalDataErased()).hasSize(size);
                        assertThat(plan.parcoursPurged()).isEmpty();
                        List<List<String>> after = esfFiles(url, operations, id + "-after");

                        assertThat(after).hasSameSizeAs(before);
                        for (int i = 0; i < before.size(); i++) {
                            assertThat(after.get(i)).as("file %d", i).hasSameSizeAs(before.get(i));
                            for (int line = 0; line < before.get(i).size(); line++) {
                                String[] was = before.get(i).get(line).split(";", -1);
                                String[] is = after.get(i).get(line).split(";", -1);
                                if (i % 2 == 0 && line > 0) {
                                    // the participant file: Nom and Prénom (columns 5 and 6 of the default
                                    // template) are personal data, filled before and blank after
                                    assertThat(was[4]).isNotEmpty();
                                    assertThat(was[5]).isNotEmpty();
                                    assertThat(is[4] + is[5]).isEmpty();
                                    was[4] = "";
                                    was[5] = "";
                                }
                                assertThat(is).as("file %d, line %d", i, line).containsExactly(was);
                            }
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }

    private static final List<String> OPERATIONS = List.of("OP-2022", "OP-2023", "OP-2024", "OP-2025");

    /** Yearly operations 2022 to 2025, as {@code plie esf --operations} reads them. */
    private static Path operations(Path file) throws java.io.IOException {
        StringBuilder declared = new StringBuilder("identifiant;début;fin;structure porteuse;libellé\n");
        for (int year = 2022; year <= 2025; year++) {
            declared.append("OP-")
                    .append(year)
                    .append(";01/01/")
                    .append(year)
                    .append(";31/12/")
                    .append(year);
            declared.append(";PLIE de test;Accompagnement ").append(year).append('\n');
        }
        return Files.writeString(file, declared);
    }

    /** Some ESF+ answers entered, at random: refusals, "don't know", yes and no, on entry and six-month questions. */
    private static void enterAnswers(PlieJdbc plie, SyntheticPlie.Plie generated, java.util.Random random) {
        List<EsfAnswer> choices = List.of(EsfAnswer.YES, EsfAnswer.NO, EsfAnswer.refused(), EsfAnswer.unknown());
        List<EsfQuestion> questions = List.of(
                EsfQuestion.MINORITY,
                EsfQuestion.DISABILITY,
                EsfQuestion.FOREIGN_BACKGROUND,
                EsfQuestion.SINGLE_ADULT_HOUSEHOLD);
        LocalDate on = LocalDate.of(2025, 12, 1);
        for (SyntheticPlie.Case c : generated.cases()) {
            if (random.nextBoolean()) {
                continue;
            }
            EsfRecord record = EsfRecord.empty(
                    c.participant().id(), EsfOperationId.of(OPERATIONS.get(random.nextInt(OPERATIONS.size()))), on);
            for (EsfQuestion question : questions) {
                if (random.nextBoolean()) {
                    EsfRecord next = record.with(question, choices.get(random.nextInt(choices.size())), on);
                    record = next.violations().isEmpty() ? next : record;
                }
            }
            plie.repositories("REF-01").esfRecords().save(record);
        }
    }

    /**
     * {@code plie esf export} of every operation: the participant file then the table, each as its lines without
     * the traceability comments (they name the moment of the extraction).
     */
    private List<List<String>> esfFiles(String url, Path operations, String name) throws java.io.IOException {
        List<List<String>> files = new java.util.ArrayList<>();
        for (String operation : OPERATIONS) {
            Path file = dir.resolve(name + "-" + operation + ".csv");
            Path table = dir.resolve(name + "-" + operation + "-table.csv");
            Run run = Run.esfExport(operation, operations, url, file, table);
            assertThat(run.code()).as(run.err()).isZero();
            for (Path written : List.of(file, table)) {
                files.add(Files.readAllLines(written, StandardCharsets.UTF_8).stream()
                        .filter(l -> !l.startsWith("#"))
                        .toList());
            }
        }
        return files;
    }

    private static PlieJdbc jdbc(String url) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url + ";IFEXISTS=TRUE");
        return PlieJdbc.builder().dataSource(ds).clock(Synthetic.CLOCK).build();
    }

    private static void erase(String url, ParticipantId participant) {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL(url + ";IFEXISTS=TRUE");
        PlieJdbc plie = PlieJdbc.builder().dataSource(ds).clock(Synthetic.CLOCK).build();
        assertThat(plie.repositories("DPO").participants().erasePersonalData(participant))
                .isTrue();
        plie.compactH2();
    }

    /** Every row of the database, as H2's SQL dump. */
    private static String liveData(String url) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE");
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SCRIPT NOSETTINGS")) {
            StringBuilder dump = new StringBuilder();
            while (rs.next()) {
                dump.append(rs.getString(1)).append('\n');
            }
            return dump.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The participant's personal values, each at most 30 characters so that it fits every free text. */
    private static List<String> values(PersonalData d) {
        return List.of(
                d.firstName(),
                d.lastName(),
                d.email().get(),
                d.phone().get(),
                d.address().get());
    }

    /** Tokens long and random enough never to appear in a document by chance. */
    private static Gen<String> token() {
        return strings().betweenCodePoints('a', 'z').ofLengthBetween(10, 14);
    }

    private static Gen<PersonalData> personalData() {
        return token().zip(
                        token(),
                        token(),
                        integers().between(10_000_000, 99_999_999),
                        token(),
                        (first, last, mail, phone, street) -> new PersonalData(
                                "Zo" + first,
                                "Qu" + last,
                                Option.some(mail + "@exemple.fr"),
                                Option.some("06" + phone),
                                Option.some("12 rue " + street)));
    }

    /** Not the first of a month, so that generalising to the year or the month changes it. */
    private static Gen<LocalDate> birthDates() {
        return integers()
                .between(1950, 2005)
                .zip(integers().between(1, 12), integers().between(2, 28), LocalDate::of);
    }
}
