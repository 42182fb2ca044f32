package fr.plie.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.TrainingResult;
import fr.plie.servertest.ApiTestBase;
import fr.plie.servertest.Browser;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.HtmlUtils;

/**
 * The parcours page's headline is the sentence {@code plie exit --explain} prints (issue 13): a positive exit
 * reached whose evidence is missing says so first, and an exit awaiting a fact names the fact in French, never
 * its code.
 */
class ParcoursPageTest extends ApiTestBase {
    @Autowired
    PlieJdbc plie;

    private String page(String id) {
        HttpResponse<String> page =
                new Browser(http().port()).signIn("coordinator").get("/parcours/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(page.body());
    }

    private void save(Parcours p) {
        var repositories = plie.repositories("test");
        repositories
                .participants()
                .save(ProfileFixture.participant(p.participant().value()));
        repositories.saveNew(List.of(p)).getOrElseThrow(r -> new IllegalStateException(r.code()));
    }

    @Test
    void a_cdi_without_its_evidence_reads_reached_but_not_pronounceable_with_the_missing_pieces() {
        // a CDI held since October 2023 is a positive exit on 2024-06-30 (Toulouse 2015-2020); no evidence recorded
        save(ParcoursFixture.enteredOn("PAR-CDI", LocalDate.of(2023, 9, 1))
                .employment(ContractType.CDI, LocalDate.of(2023, 10, 2), Option.none())
                .build());

        assertThat(page("PAR-CDI"))
                .contains("<strong>Sortie positive atteinte (sortie positive vers l'emploi), non prononçable :"
                        + " pièces manquantes ou trop anciennes : contrat de travail");
    }

    @Test
    void a_qualifying_training_whose_result_is_not_recorded_reads_what_is_awaited_not_a_code() {
        Parcours p = ParcoursFixture.enteredOn("PAR-WAIT", LocalDate.of(2024, 1, 15))
                .qualifyingTraining(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 5, 31), TrainingResult.PENDING)
                .build();
        var repositories = plie.repositories("test");
        repositories
                .participants()
                .save(ProfileFixture.participant(p.participant().value()));
        repositories.saveNew(List.of(p)).getOrElseThrow(r -> new IllegalStateException(r.code()));

        String page = page("PAR-WAIT");

        assertThat(page)
                .contains("<strong>En attente d'un fait non encore enregistré : résultat de la formation (étape")
                .doesNotContain("AWAITING_FACT");
    }
}
