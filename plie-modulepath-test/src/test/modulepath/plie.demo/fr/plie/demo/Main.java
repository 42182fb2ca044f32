package fr.plie.demo;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.jdbc.PlieRepositories;
import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.reporting.indicator.IndicatorAccumulator;
import fr.plie.reporting.indicator.IndicatorReport;
import fr.plie.reporting.indicator.ReportedParcours;
import fr.plie.reporting.indicator.ReportingOptions;
import fr.plie.rules.eligibility.EligibilityChecker;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.eligibility.EligibilityResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Uses each of plie's modules once and prints what a user would read; the test checks the lines. */
public final class Main {
    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-06-01T09:00:00Z"), ZoneOffset.UTC);

        // core: a rejected command, its text from plie-core's bundle
        Parcours referred = Parcours.referred(
                ParcoursId.of("PAR-1"),
                ParticipantId.of("P-1"),
                new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail", LocalDate.of(2024, 1, 8), List.of()));
        ParcoursLifecycle lifecycle = new ParcoursLifecycle(clock);
        Rejection early = lifecycle
                .handle(referred, new ParcoursCommand.Decide(new CommitteeDecision.Admitted(LocalDate.of(2023, 1, 1))))
                .getLeft();
        System.out.println("core: " + early.code() + " | " + early.message(Locale.ENGLISH));

        // json: a participant read from the example document, and a located error in French
        PlieJson json = PlieJson.create();
        Participant participant = json.read(PlieDocument.PARTICIPANT, Files.readString(Path.of(args[0])))
                .value()
                .get();
        System.out.println("json: " + participant.id().value() + " | "
                + json.read(PlieDocument.PARTICIPANT, "{}").errors().get(0).message());

        // rules: eligibility with the reasons from plie-rules' bundle
        EligibilityResult eligibility = EligibilityChecker.check(
                participant.profile(), LocalDate.of(2024, 6, 1), EligibilityPolicy.GRAND_PERIGUEUX_2022_2027);
        System.out.println("rules: eligible=" + eligibility.eligible() + " | "
                + eligibility.residence().message(Locale.ENGLISH));

        // jdbc: plie's migrations found on the module path, a stale save refused with its English text
        PlieJdbc plie = PlieJdbc.builder().h2InMemory("modulepath").clock(clock).build();
        int migrations = plie.migrate();
        PlieRepositories repositories = plie.repositories("demo");
        repositories.parcours().save(referred, 0).get();
        Rejection stale = repositories.parcours().save(referred, 0).getLeft();
        System.out.println("jdbc: migrations=" + migrations + " | " + stale.message(Locale.ENGLISH));

        // reporting: the indicators of the stored parcours
        Parcours admitted = lifecycle
                .handle(referred, new ParcoursCommand.Decide(new CommitteeDecision.Admitted(LocalDate.of(2024, 2, 1))))
                .get()
                .parcours();
        IndicatorReport report = Stream.of(new ReportedParcours(admitted, participant.profile()))
                .collect(IndicatorAccumulator.collector(
                        ReportingPeriod.year(2024), ReportingOptions.asOf(LocalDate.of(2024, 6, 1))));
        System.out.println("reporting: " + report.period());
    }
}
