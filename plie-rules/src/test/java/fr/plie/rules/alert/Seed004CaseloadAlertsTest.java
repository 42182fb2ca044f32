package fr.plie.rules.alert;

import static fr.plie.rules.alert.AlertPolicy.GRAND_AMIENOIS;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.Referent;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.exit.ExitCategory;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Seed 004: "le nombre de participants par Référent de parcours PLIE est fixé à 90 (pour un temps plein)". */
class Seed004CaseloadAlertsTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 3);
    private static final ReferentId REF_01 = ParcoursFixture.REFERENT;
    private static final ReferentId REF_02 = ReferentId.of("REF-02");
    private static final Referent FULL_TIME = new Referent(REF_01, BigDecimal.ONE);

    private static List<Parcours> parcours(int count, UnaryOperator<ParcoursFixture> more) {
        List<Parcours> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(more.apply(ParcoursFixture.enteredOn(
                            "PAR-" + i, LocalDate.of(2024, 1, 8).plusDays(i % 60)))
                    .build());
        }
        return all;
    }

    @Test
    void Seed004_ReferentCaseloadOver90PerFteRaisesAnAlert() {
        List<Alert> alerts = Alerts.forCaseload(List.of(FULL_TIME), parcours(91, f -> f), AS_OF, GRAND_AMIENOIS);

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.CASELOAD_OVER_CAPACITY);
            assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
            assertThat(alert.referent()).isEqualTo(Option.some(REF_01));
            assertThat(alert.parcours()).isEmpty();
            assertThat(alert.message())
                    .isEqualTo("Le référent REF-01 suit 91 participants, au-delà de sa capacité de 90 (1 ETP à 90"
                            + " participants par temps plein).");
        });
    }

    @Test
    void Seed004_ACaseloadOfExactly90IsWithinCapacity() {
        assertThat(Alerts.forCaseload(List.of(FULL_TIME), parcours(90, f -> f), AS_OF, GRAND_AMIENOIS))
                .isEmpty();
    }

    @Test
    void Seed004_CapacityIsProratedToTheReferentsWorkingTime() {
        Referent halfTime = new Referent(REF_01, new BigDecimal("0.5"));

        assertThat(Alerts.forCaseload(List.of(halfTime), parcours(45, f -> f), AS_OF, GRAND_AMIENOIS))
                .isEmpty();
        assertThat(Alerts.forCaseload(List.of(halfTime), parcours(46, f -> f), AS_OF, GRAND_AMIENOIS))
                .singleElement()
                .satisfies(alert -> assertThat(alert.message(Locale.ENGLISH))
                        .isEqualTo("Referent REF-01 follows 46 participants, beyond their capacity of 45 (0.5 FTE at"
                                + " 90 participants per full-time referent)."));
    }

    @Test
    void Seed004_ParticipantsCountForTheReferentFollowingThemOnTheDate() {
        List<Parcours> all = new ArrayList<>(parcours(81, f -> f));
        all.addAll(parcours(10, f -> f.then(new ParcoursCommand.AssignReferent(REF_02, LocalDate.of(2024, 4, 1)))));
        List<Referent> team = List.of(FULL_TIME, new Referent(REF_02, new BigDecimal("0.8")));

        assertThat(Alerts.forCaseload(team, all, LocalDate.of(2024, 3, 31), GRAND_AMIENOIS))
                .extracting(Alert::referent)
                .containsExactly(Option.some(REF_01));
        assertThat(Alerts.forCaseload(team, all, LocalDate.of(2024, 4, 1), GRAND_AMIENOIS))
                .isEmpty();
    }

    @Test
    void Seed004_ExitedParcoursAndParcoursNotYetEnteredDoNotCount() {
        List<Parcours> all = new ArrayList<>(parcours(90, f -> f));
        all.add(ParcoursFixture.enteredOn("PAR-EXITED", LocalDate.of(2024, 1, 8))
                .proposeExit(LocalDate.of(2024, 5, 2), ExitCategory.MOVED_AWAY)
                .validateExit(LocalDate.of(2024, 5, 15))
                .build());
        all.add(ParcoursFixture.enteredOn("PAR-LATER", AS_OF.plusDays(1)).build());

        assertThat(Alerts.forCaseload(List.of(FULL_TIME), all, AS_OF, GRAND_AMIENOIS))
                .isEmpty();
        assertThat(Alerts.forCaseload(List.of(FULL_TIME), all, LocalDate.of(2024, 5, 1), GRAND_AMIENOIS))
                .as("before its exit, the exited parcours still counts")
                .hasSize(1);
    }

    @Test
    void Seed002_SetsNoCaseloadSoTheBoulonnaisPresetRaisesNone() {
        assertThat(Alerts.forCaseload(List.of(FULL_TIME), parcours(120, f -> f), AS_OF, AlertPolicy.BOULONNAIS))
                .isEmpty();
    }
}
