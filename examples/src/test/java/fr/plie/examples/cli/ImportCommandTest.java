package fr.plie.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.PersonalData;
import fr.plie.examples.demo.SyntheticPlie;
import io.vavr.control.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plie import} never changes what is stored unless asked, and says which line is wrong, in both languages. */
class ImportCommandTest {
    static final PlieJson JSON = PlieJson.create();

    @TempDir
    Path dir;

    SyntheticPlie.Plie plie;
    Path export;
    String url;

    @BeforeEach
    void importOnce() throws Exception {
        plie = Synthetic.plie(12);
        export = Synthetic.ndjson(plie, dir.resolve("export.ndjson"));
        url = "jdbc:h2:" + dir.toAbsolutePath().resolve("db");
        Run run = Run.of("import", export.toString(), "--jdbc-url", url);
        assertThat(run.code()).as(run.err()).isZero();
    }

    List<ParcoursDocument> stored() {
        String out = Run.of("export", "--jdbc-url", url).out();
        return JSON.readNdjson(PlieDocument.PARCOURS, new java.io.ByteArrayInputStream(out.getBytes())).stream()
                .map(l -> l.result().value().get())
                .toList();
    }

    Path file(String name, List<ParcoursDocument> documents) throws Exception {
        Path file = dir.resolve(name);
        try (var out = Files.newOutputStream(file);
                var writer = JSON.writeNdjson(PlieDocument.PARCOURS, out)) {
            documents.forEach(writer::write);
        }
        return file;
    }

    ParcoursDocument document(int i) {
        SyntheticPlie.Case c = plie.cases().get(i);
        return ParcoursDocument.of(c.parcours(), c.participant());
    }

    static Parcours withInterview(Parcours p) {
        List<Interview> interviews = new ArrayList<>(p.interviews());
        interviews.add(
                new Interview(LocalDate.of(2025, 12, 1), InterviewMode.PHONE, "Bilan.", ReferentId.of("REF-01")));
        return p.withInterviews(interviews);
    }

    @Test
    void runningTheSameImportAgainResumesFromTheJournalAndChangesNothing() {
        Run again = Run.of("import", export.toString(), "--jdbc-url", url);

        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("repris du journal : 1");
        assertThat(stored()).hasSize(12);
    }

    @Test
    void aParcoursAlreadyStoredWithOtherContentIsRefusedWithItsLineAndNothingIsWritten() throws Exception {
        ParcoursDocument changed = new ParcoursDocument(
                withInterview(document(3).parcours()), document(3).participant());
        Path file = file("changed.ndjson", List.of(document(0), changed));

        Run run = Run.of("import", file.toString(), "--jdbc-url", url);

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err())
                .contains("changed.ndjson:2: le parcours "
                        + changed.parcours().id().value() + " est déjà enregistré")
                .contains("--update")
                .contains("rien n'a été écrit");
        assertThat(stored()).contains(document(3)).hasSize(12);
    }

    @Test
    void withUpdateTheChangedParcoursReplacesTheStoredOneAtTheNextVersion() throws Exception {
        Parcours changed = withInterview(document(3).parcours());
        Path file = file(
                "changed.ndjson",
                List.of(new ParcoursDocument(changed, document(3).participant())));

        Run run = Run.of("import", file.toString(), "--jdbc-url", url, "--update");

        assertThat(run.code()).as(run.err()).isZero();
        Parcours stored = stored().stream()
                .map(ParcoursDocument::parcours)
                .filter(p -> p.id().equals(changed.id()))
                .findFirst()
                .orElseThrow();
        assertThat(stored.interviews()).isEqualTo(changed.interviews());
        assertThat(stored.version()).isEqualTo(changed.version() + 1);

        // the same file again is now stale: the parcours moved on since it was exported
        Path stale = file(
                "stale.ndjson",
                List.of(new ParcoursDocument(withInterview(changed), document(3).participant())));
        Run again = Run.of("import", stale.toString(), "--jdbc-url", url, "--update", "--lang", "en");
        assertThat(again.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(again.err()).contains("stale.ndjson:1: ").contains("nothing was written");
    }

    @Test
    void aNewParcoursReusingAStoredParticipantWithOtherDataIsRefusedAndTheParticipantKept() throws Exception {
        ParcoursDocument original = document(5);
        Participant impostor = new Participant(
                original.parcours().participant(),
                original.participant().get().profile(),
                Option.some(new PersonalData(
                        "Autre", "Personne", Option.some("autre@example.org"), Option.none(), Option.none())));
        Parcours other = Parcours.referred(
                fr.plie.core.parcours.ParcoursId.of("PAR-NEW-1"),
                impostor.id(),
                original.parcours().referral());
        Path file = file("reuse.ndjson", List.of(ParcoursDocument.of(other, impostor)));

        Run run = Run.of("import", file.toString(), "--jdbc-url", url);

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err())
                .contains("reuse.ndjson:1: le participant " + impostor.id().value()
                        + " est déjà enregistré avec un autre contenu");
        assertThat(stored()).contains(original).hasSize(12);
    }

    @Test
    void theSameParcoursTwiceInOneFileIsReportedWithBothLinesInFrenchAndEnglish() throws Exception {
        Path file = file("twice.ndjson", List.of(document(1), document(1)));
        String fresh = "jdbc:h2:" + dir.toAbsolutePath().resolve("fresh");

        Run fr = Run.of("import", file.toString(), "--jdbc-url", fresh);
        Run en = Run.of("import", file.toString(), "--jdbc-url", fresh, "--lang", "en");

        String id = document(1).parcours().id().value();
        assertThat(fr.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(fr.err()).contains("twice.ndjson:2: le parcours " + id + " figure déjà à la ligne 1");
        assertThat(en.err()).contains("twice.ndjson:2: parcours " + id + " is already on line 1");
        // said once, though both the file's check and the batch's find it
        assertThat(fr.err().split("figure déjà", -1)).hasSize(2);
        assertThat(fr.err()).contains("(1 erreur(s))");
        assertThat(fr.hasStackTrace()).isFalse();
    }

    @Test
    void aParcoursWhoseParticipantIsNowhereIsRefusedWithItsLine() throws Exception {
        Path file = file(
                "orphan.ndjson",
                List.of(
                        document(0),
                        ParcoursDocument.of(Parcours.referred(
                                fr.plie.core.parcours.ParcoursId.of("PAR-ORPHAN"),
                                fr.plie.core.participant.ParticipantId.of("P-NOBODY"),
                                document(0).parcours().referral()))));

        Run run = Run.of("import", file.toString(), "--jdbc-url", url);

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err()).contains("orphan.ndjson:2: le participant P-NOBODY du parcours PAR-ORPHAN");
    }

    @Test
    void anInvalidActorIsALocatedErrorInTheChosenLanguage() {
        Run fr = Run.of("import", export.toString(), "--jdbc-url", url, "--actor", "réf 01");
        Run en = Run.of("import", export.toString(), "--jdbc-url", url, "--actor", "", "--lang", "en");

        assertThat(fr.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(fr.err()).startsWith("Erreur : --actor : l'auteur compte de 1 à 64 caractères");
        assertThat(en.err()).startsWith("Error: --actor: the actor has 1 to 64 characters");
    }

    @Test
    void standardInputIsImportedLikeAFile() throws Exception {
        String fresh = "jdbc:h2:" + dir.toAbsolutePath().resolve("stdin-db");

        Run run = Run.withStdin(Files.readString(export), "import", "-", "--jdbc-url", fresh);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("12 parcours et 12 participants importés");
    }

    @Test
    void impossibleDatesAreRefusedAtTheirFieldAndLine() throws Exception {
        ParcoursDocument d = document(2);
        Participant unborn = new Participant(
                d.participant().get().id(),
                fr.plie.core.participant.Profile.builder()
                        .from(d.participant().get().profile())
                        .birthDate(LocalDate.of(2999, 1, 1))
                        .build(),
                d.participant().get().personalData());
        Path file = file("dates.ndjson", List.of(document(0), ParcoursDocument.of(d.parcours(), unborn)));
        String fresh = "jdbc:h2:" + dir.toAbsolutePath().resolve("dates");

        Run run = Run.of("import", file.toString(), "--jdbc-url", fresh);

        assertThat(run.code()).isEqualTo(PlieCommand.INVALID_INPUT);
        assertThat(run.err())
                .contains("dates.ndjson:2: La date de naissance (01/01/2999) ne peut pas suivre la prescription")
                .contains("(champ /participant/profile/birthDate)");
    }
}
