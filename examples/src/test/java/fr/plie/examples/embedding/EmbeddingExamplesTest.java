package fr.plie.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.json.ParcoursDocument;
import fr.plie.examples.embedding.VendorExitEngine.Beneficiary;
import fr.plie.examples.embedding.VendorExitEngine.Job;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingExamplesTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);

    @Test
    void aVendorsSixMonthFixedTermJobCountsOnlyOnceSixMonthsHavePassed() {
        Beneficiary file = new Beneficiary(
                "2024-117",
                "REF-03",
                LocalDate.of(2024, 1, 15),
                List.of(new Job("CDD", "Boulangerie", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30), 35)));

        ExitAssessment early = VendorExitEngine.assess(file, LocalDate.of(2024, 5, 1), out);
        ExitAssessment later = VendorExitEngine.assess(file, LocalDate.of(2024, 10, 1), out);

        assertThat(early.isPositive()).isFalse();
        assertThat(later.outcome()).isEqualTo(ExitOutcome.POSITIVE_EMPLOYMENT);
        assertThat(later.qualifyingSteps()).extracting(s -> s.value()).containsExactly("JOB-1");
        assertThat(text.toString())
                .contains("Dossier 2024-117 : POSITIVE_EMPLOYMENT")
                .contains(later.explanation().render());
    }

    @Test
    void aVendorsShortMissionIsNotAPositiveExit() {
        Beneficiary file = new Beneficiary(
                "2024-118",
                "REF-03",
                LocalDate.of(2024, 1, 15),
                List.of(new Job("CDD", "Entrepôt", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), 35)));

        assertThat(VendorExitEngine.assess(file, LocalDate.of(2024, 10, 1), out).isPositive())
                .isFalse();
    }

    @Test
    void theApplicationsRollbackUndoesPlieSaveInTheSameTransaction() throws Exception {
        int stored = EmbeddedJdbc.run("jdbc:h2:mem:embedding-test;DB_CLOSE_DELAY=-1", out);

        assertThat(stored).isEqualTo(1);
        assertThat(text.toString())
                .contains("PAR-APP-1 : enregistré")
                .contains("PAR-APP-2 : absent (transaction annulée)")
                .contains("Notes de l'application : 1");
    }

    @Test
    void aDocumentIsReadWrittenAsNdjsonAndReadBackWithTheBadLineLocated() throws Exception {
        String json = Files.readString(Path.of("../docs/examples/parcours-minimal.json"));

        List<ParcoursDocument> kept = JsonFormat.run(json, out);

        assertThat(kept).hasSize(2).allSatisfy(d -> assertThat(d).isEqualTo(kept.get(0)));
        assertThat(text.toString()).contains("Ligne 3 refusée").contains("/id").contains("Parcours relus : 2");
    }

    @Test
    void aBadDocumentIsRefusedWithItsFieldAndLine() {
        List<ParcoursDocument> kept = JsonFormat.run("{\n  \"formatVersion\" : \"1\"\n}", out);

        assertThat(kept).isEmpty();
        assertThat(text.toString()).contains("Refusé").contains("/id").contains("ligne");
    }
}
