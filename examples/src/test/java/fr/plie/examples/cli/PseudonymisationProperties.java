package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.core.fixture.ParcoursGen;
import fr.plie.core.parcours.FreeTexts;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
                .forAll(ParcoursGen.parcours(), personalData(), integers().between(0, 4), birthDates())
                .checkAssert((generated, personal, which, birth) -> {
                    String id = "X" + example++;
                    List<String> values = values(personal);
                    Participant participant = new Participant(
                            ParticipantId.of("P-" + id),
                            Profile.builder().from(profile).birthDate(birth).build(),
                            Option.some(personal));
                    Parcours typed =
                            FreeTexts.replaced(renamed(generated, "PAR-" + id, participant.id()), values.get(which));
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

    private static Parcours renamed(Parcours p, String id, ParticipantId participant) {
        return new Parcours(
                ParcoursId.of(id),
                participant,
                p.version(),
                p.status(),
                p.referral(),
                p.decisions(),
                p.commitment(),
                p.referents(),
                p.steps(),
                p.interviews(),
                p.placements(),
                p.exit());
    }
}
