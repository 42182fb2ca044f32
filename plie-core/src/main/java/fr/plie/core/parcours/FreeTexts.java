package fr.plie.core.parcours;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.Referral;
import fr.plie.core.exit.Evidence;
import fr.plie.core.exit.Exit;
import fr.plie.core.exit.ExitValidation;
import fr.plie.core.step.Employer;
import fr.plie.core.step.Employment;
import fr.plie.core.step.Immersion;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepDetail;
import fr.plie.core.step.Training;
import java.util.List;
import java.util.Objects;

/**
 * Every free text of a parcours, the fields where a référent may type a name, a phone number or a diagnosis:
 * what a pseudonymised export and a GDPR erasure replace. The list (docs/persistence.md, "GDPR"): the referral's
 * prescriber organisation and reasons; a refusal's reason and alternative, a postponement's reason; the
 * commitment's objectives; each step's objectives, operator, financed action, training certification code,
 * employer or host name and sector; each interview's synthesis; each placement's offer reference and reasons;
 * each exit evidence's reference and the validating committee. Dates, kinds, statuses, counts, hours and SIRET
 * numbers are kept: the indicators need them and they name nobody. Lists keep their length, optional texts
 * their presence, so every figure computed from the parcours stays the same.
 */
public final class FreeTexts {
    /** What replaces a free text in a pseudonymised export. */
    public static final String PSEUDONYMISED = "[pseudonymised]";
    /** What replaces a free text after the participant's erasure. */
    public static final String ERASED = "[erased]";

    private FreeTexts() {}

    /**
     * {@code parcours} with every free text replaced by {@code replacement}, all else unchanged.
     *
     * @param parcours the parcours
     * @param replacement what replaces each free text, e.g. {@link #ERASED}
     * @return the new parcours
     */
    public static Parcours replaced(Parcours parcours, String replacement) {
        Objects.requireNonNull(replacement, "replacement");
        Parcours p = parcours;
        Referral r = p.referral();
        return ImmutableParcours.builder()
                .from(p)
                .referral(new Referral(r.prescriberKind(), replacement, r.date(), all(r.reasons(), replacement)))
                .build()
                .withDecisions(p.decisions().stream()
                        .map(d -> decision(d, replacement))
                        .toList())
                .withCommitment(p.commitment()
                        .map(c -> new CommitmentContract(c.signedOn(), all(c.objectives(), replacement))))
                .withSteps(p.steps().stream().map(s -> step(s, replacement)).toList())
                .withInterviews(p.interviews().stream()
                        .map(i -> new Interview(i.date(), i.mode(), replacement, i.author()))
                        .toList())
                .withPlacements(p.placements().stream()
                        .map(pl -> new JobOfferPlacement(
                                replacement,
                                pl.date(),
                                pl.result(),
                                pl.reasons().map(x -> replacement)))
                        .toList())
                .withExit(p.exit().map(e -> exit(e, replacement)));
    }

    private static List<String> all(List<String> texts, String replacement) {
        return texts.stream().map(t -> replacement).toList();
    }

    private static CommitteeDecision decision(CommitteeDecision d, String replacement) {
        if (d instanceof CommitteeDecision.Refused refused) {
            return new CommitteeDecision.Refused(refused.date(), replacement, replacement);
        }
        if (d instanceof CommitteeDecision.Postponed postponed) {
            return new CommitteeDecision.Postponed(postponed.date(), replacement, postponed.reviewOn());
        }
        return d;
    }

    private static Step step(Step s, String replacement) {
        return new Step(
                s.id(),
                s.start(),
                s.end(),
                detail(s.detail(), replacement),
                all(s.objectives(), replacement),
                s.operator().map(x -> replacement),
                s.financedAction().map(x -> replacement));
    }

    private static StepDetail detail(StepDetail detail, String replacement) {
        if (detail instanceof Training t) {
            return new Training(
                    t.qualifying(),
                    t.certificationCode().map(x -> replacement),
                    t.plannedEnd(),
                    t.result(),
                    t.resultOn());
        }
        if (detail instanceof Employment e) {
            return Employment.builder()
                    .from(e)
                    .employer(employer(e.employer(), replacement))
                    .build();
        }
        if (detail instanceof Immersion i) {
            return new Immersion(employer(i.host(), replacement));
        }
        return detail;
    }

    private static Employer employer(Employer e, String replacement) {
        return new Employer(replacement, e.siret(), e.sector().map(x -> replacement), e.kind());
    }

    private static Exit exit(Exit e, String replacement) {
        return new Exit(
                e.date(),
                e.category(),
                e.evidence().stream()
                        .map(ev -> new Evidence(ev.kind(), ev.issuedOn(), replacement))
                        .toList(),
                e.validation().map(v -> new ExitValidation(v.date(), replacement)));
    }
}
