package fr.plie.examples.embedding;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursCommand;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.ContractType;
import fr.plie.core.step.Employer;
import fr.plie.core.step.EmployerKind;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import fr.plie.rules.exit.ExitAssessment;
import fr.plie.rules.exit.ExitEngine;
import fr.plie.rules.exit.ExitPolicy;
import io.vavr.control.Option;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Embedding example: a software vendor keeps its own objects and reuses only plie's exit engine. Its records
 * ({@link Beneficiary}, {@link Job}) are mapped to plie-core's {@code Parcours} by driving the real lifecycle
 * (referral, committee, commitment, steps), then {@link ExitEngine#assess} says whether the exit is positive
 * under the PLIE's rules (here Toulouse's, seed 000) and explains why, in French.
 *
 * <p>Only plie-core and plie-rules' {@code fr.plie.rules.exit} are used: no database, no JSON.
 */
public final class VendorExitEngine {
    /** The vendor's own job record: how its software stores a contract. */
    public record Job(String contract, String employer, LocalDate start, LocalDate end, double weeklyHours) {}

    /** The vendor's own beneficiary file: entered the PLIE on a date, with the jobs found since. */
    public record Beneficiary(String fileNumber, String counsellor, LocalDate entered, List<Job> jobs) {}

    private VendorExitEngine() {}

    /** Maps the vendor's file to a plie parcours, one lifecycle command at a time. */
    public static Parcours toParcours(Beneficiary b, Clock clock) {
        ParcoursLifecycle lifecycle = new ParcoursLifecycle(clock);
        // the vendor's file number becomes the pseudonymous ids: plie never needs a name
        Parcours p = Parcours.referred(
                ParcoursId.of("PAR-" + b.fileNumber()),
                ParticipantId.of("P-" + b.fileNumber()),
                new Referral(
                        PrescriberKind.FRANCE_TRAVAIL,
                        "France Travail",
                        b.entered().minusDays(30),
                        List.of("DELD")));
        List<ParcoursCommand> commands = new java.util.ArrayList<>(List.of(
                new ParcoursCommand.AssignReferent(
                        ReferentId.of(b.counsellor()), b.entered().minusDays(30)),
                new ParcoursCommand.Decide(
                        new CommitteeDecision.Admitted(b.entered().minusDays(7))),
                new ParcoursCommand.SignCommitment(CommitmentContract.signedOn(b.entered()))));
        int n = 0;
        for (Job job : b.jobs()) {
            Employment employment = Employment.builder()
                    .contractType(ContractType.valueOf(job.contract()))
                    .employer(new Employer(job.employer(), Option.none(), Option.none(), EmployerKind.PRIVATE))
                    .plannedEnd(Option.of(job.end()))
                    .weeklyHours(BigDecimal.valueOf(job.weeklyHours()))
                    .build();
            Step step = Step.of(StepId.of("JOB-" + ++n), job.start(), employment);
            commands.add(new ParcoursCommand.StartStep(step));
        }
        for (ParcoursCommand command : commands) {
            // a rejected command is a mapping bug on the vendor's side: fail loudly
            p = lifecycle
                    .handle(p, command)
                    .getOrElseThrow(r -> new IllegalStateException(r.code() + " " + r.args()))
                    .parcours();
        }
        return p;
    }

    /** Assesses the vendor's file on {@code asOf} under Toulouse's rules and writes the French explanation. */
    public static ExitAssessment assess(Beneficiary b, LocalDate asOf, PrintWriter out) {
        Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ExitAssessment assessment = ExitEngine.assess(toParcours(b, clock), asOf, ExitPolicy.TOULOUSE_2015_2020);
        out.println("Dossier " + b.fileNumber() + " : " + assessment.outcome());
        out.print(assessment.explanation().render(Locale.FRENCH));
        out.flush();
        return assessment;
    }

    public static void main(String[] args) {
        Beneficiary file = new Beneficiary(
                "2024-117",
                "REF-03",
                LocalDate.of(2024, 1, 15),
                List.of(new Job(
                        "CDD", "Boulangerie du Capitole", LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30), 35)));
        assess(file, LocalDate.of(2024, 10, 1), new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }
}
