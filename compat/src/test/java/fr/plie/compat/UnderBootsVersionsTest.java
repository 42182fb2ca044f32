package fr.plie.compat;

import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.RejectedCommand;
import static org.assertj.core.api.Assertions.assertThat;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.RejectedCommand;
import fr.plie.core.parcours.ParcoursChange;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * plie-core, plie-rules, plie-adapter-json and plie-adapter-jdbc with the library versions a Spring Boot BOM
 * imposes (this source is built by compat/boot3 under Boot 3.5.7's and by compat/boot4 under Boot 4.0.7's).
 */
class UnderBootsVersionsTest {
    private static final Path EXAMPLES = Path.of("../../docs/examples");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void coreRunsTheLifecycle() {
        Parcours referred = Parcours.referred(
                ParcoursId.of("PAR-42"),
                ParticipantId.of("P-42"),
                new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", LocalDate.of(2024, 1, 8), List.of()));
        Either<RejectedCommand, List<ParcoursChange>> admitted = new ParcoursLifecycle(CLOCK)
                .handleAll(
                        referred,
                        List.of(new ParcoursCommand.Decide(new CommitteeDecision.Admitted(LocalDate.of(2024, 2, 1)))));
        assertThat(ParcoursChange.last(admitted.get()).status()).isEqualTo(ParcoursStatus.ADMITTED);
    }

    @Test
    void jsonReadsTheExampleDocumentAndReadsBackWhatItWrites() throws Exception {
        String document = Files.readString(EXAMPLES.resolve("participant.json"));
        PlieJson json = PlieJson.create();
        Participant participant = json.read(PlieDocument.PARTICIPANT, document).value().get();
        String written = json.writeAsString(PlieDocument.PARTICIPANT, participant);
        assertThat(JsonMapper.builder().build().readTree(written).get("id").asString())
                .isEqualTo("P-PAR-2023-0042");
        assertThat(json.read(PlieDocument.PARTICIPANT, written).value().get()).isEqualTo(participant);
    }

    @Test
    void rulesJudgeEligibility() throws Exception {
        Participant toulousain = PlieJson.create()
                .read(PlieDocument.PARTICIPANT, Files.readString(EXAMPLES.resolve("participant.json")))
                .value()
                .get();
        EligibilityResult result = EligibilityChecker.check(
                toulousain.profile(), LocalDate.of(2024, 6, 1), EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        assertThat(result.eligible()).isFalse();
        assertThat(result.residence().met()).isFalse();
    }

    @Test
    void jdbcMigratesAndStoresOnH2() throws Exception {
        Participant participant = PlieJson.create()
                .read(PlieDocument.PARTICIPANT, Files.readString(EXAMPLES.resolve("participant.json")))
                .value()
                .get();
        PlieJdbc plie = PlieJdbc.builder()
                .h2InMemory("compat" + System.nanoTime())
                .clock(CLOCK)
                .build();
        assertThat(plie.migrate()).isPositive();
        assertThat(plie.repositories("compat").participants().save(participant).isRight()).isTrue();
        assertThat(plie.repositories("compat").participants().findById(participant.id()).get())
                .isEqualTo(participant);
    }
}
