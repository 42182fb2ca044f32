package org.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.json.JsonMapper;

/** What the README promises a Boot application: plie's beans from the starter and application.yml alone. */
@SpringBootTest
class ConsumerApplicationTest {
    @Autowired
    Referrals referrals;

    @Autowired
    ParcoursRepository parcours;

    @Autowired
    ExitPolicy exitPolicy;

    @Autowired
    EligibilityPolicy eligibilityPolicy;

    @Autowired
    JsonMapper mapper;

    @Test
    void aReferralAdmittedIsStoredInTheApplicationsDatabase() {
        Parcours admitted = referrals
                .admit("PAR-42", LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 1))
                .get();
        assertThat(parcours.findById(admitted.id()).get().status()).isEqualTo(ParcoursStatus.ADMITTED);
    }

    @Test
    void policiesComeFromApplicationYml() {
        assertThat(exitPolicy.followUp()).isEqualTo(Period.parse("P6M1D"));
        assertThat(eligibilityPolicy).isEqualTo(EligibilityPolicy.GRAND_AMIENOIS);
    }

    @Test
    void bootsMapperWritesPlieDocuments() {
        Parcours admitted = referrals
                .admit("PAR-43", LocalDate.of(2024, 1, 8), LocalDate.of(2024, 2, 1))
                .get();
        assertThat(mapper.writeValueAsString(parcours.findById(admitted.id()).get()))
                .contains("\"formatVersion\"")
                .contains("PAR-43");
    }
}
