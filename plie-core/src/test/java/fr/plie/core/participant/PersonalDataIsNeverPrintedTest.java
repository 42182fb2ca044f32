package fr.plie.core.participant;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.admission.ReferentId;
import fr.plie.core.fixture.ParcoursFixture;
import fr.plie.core.fixture.ProfileFixture;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.Parcours;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Logs and messages name people by their pseudonymous id only: nothing personal leaks through toString(). */
class PersonalDataIsNeverPrintedTest {
    private static final String[] PERSONAL = {
        "Nadia",
        "Benali",
        "nadia.benali@example.org",
        "06 12 34 56 78",
        "12 rue des Lilas",
        "1978",
        "31555",
        "RSA",
        "FEMALE",
        "MOBILITY",
        "LEVEL_3"
    };

    private final Participant nadia = new Participant(
            ParticipantId.of("P-0042"),
            ProfileFixture.longTermJobSeeker().build(),
            Option.some(new PersonalData(
                    "Nadia",
                    "Benali",
                    Option.some("nadia.benali@example.org"),
                    Option.some("06 12 34 56 78"),
                    Option.some("12 rue des Lilas, 31000 Toulouse"))));

    @Test
    void aParticipantPrintsAsItsPseudonymousIdOnly() {
        assertThat(nadia.toString()).contains("P-0042").doesNotContain(PERSONAL);
    }

    @Test
    void theProfileAndThePersonalDataPrintNothingOfTheirContent() {
        assertThat(nadia.profile().toString()).doesNotContain(PERSONAL);
        assertThat(nadia.personalData().get().toString()).doesNotContain(PERSONAL);
    }

    @Test
    void anInterviewPrintsWithoutItsSynthesis() {
        Interview interview = new Interview(
                LocalDate.of(2024, 3, 4),
                InterviewMode.HOME_VISIT,
                "Mme Benali vit seule avec deux enfants, suivi psychologique en cours.",
                ReferentId.of("REF-01"));

        assertThat(interview.toString())
                .contains("REF-01")
                .contains("2024-03-04")
                .doesNotContain("Benali")
                .doesNotContain("enfants")
                .doesNotContain("psychologique");
    }

    @Test
    void aParcoursPrintsItsIdsAndStatusButNotItsInterviews() {
        Parcours parcours = ParcoursFixture.enteredOn(LocalDate.of(2024, 2, 5))
                .interview(LocalDate.of(2024, 2, 12))
                .build();

        assertThat(parcours.toString()).contains("PAR-1").contains("ACTIVE").doesNotContain("Point d'étape");
    }
}
