package fr.plie.adapter.json;

import fr.plie.core.admission.CommitmentContract;
import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.PrescriberKind;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.admission.ReferentId;
import fr.plie.core.admission.Referral;
import fr.plie.core.common.Rejection;
import fr.plie.core.exit.Exit;
import fr.plie.core.parcours.Interview;
import fr.plie.core.parcours.InterviewMode;
import fr.plie.core.parcours.JobOfferPlacement;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.parcours.ParcoursId;
import fr.plie.core.parcours.ParcoursStatus;
import fr.plie.core.parcours.PlacementResult;
import fr.plie.core.participant.Participant;
import fr.plie.core.participant.ParticipantId;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepId;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * The parcours document: a stored parcours (status, referral, decisions, commitment, referents, steps,
 * interviews, placements, exit) and optionally its participant. It carries stored data, so the lifecycle is not
 * replayed, but data no lifecycle can produce (a status contradicting the exit, two steps with one id) is refused.
 */
final class ParcoursCodec extends DocumentCodec<ParcoursDocument> {
    static final ParcoursCodec INSTANCE = new ParcoursCodec();

    /** The same document seen as a bare {@link Parcours}: written without participant, read ignoring it. */
    static final DocumentCodec<Parcours> PARCOURS_ONLY = new DocumentCodec<>() {
        @Override
        Parcours read(Cursor c) {
            ParcoursDocument document = INSTANCE.read(c);
            return document == null ? null : document.parcours();
        }

        @Override
        void fields(JsonGenerator g, Parcours value, WriteOptions options) {
            INSTANCE.fields(g, ParcoursDocument.of(value), options);
        }
    };

    private enum ParcoursKey {
        formatVersion,
        id,
        participantId,
        version,
        status,
        referral,
        decisions,
        commitment,
        referents,
        steps,
        interviews,
        placements,
        exit,
        participant
    }

    private static final Fields<ParcoursKey> PARCOURS = Fields.of(
            ParcoursKey.class,
            ParcoursKey.formatVersion,
            ParcoursKey.id,
            ParcoursKey.participantId,
            ParcoursKey.version,
            ParcoursKey.status,
            ParcoursKey.referral); // 13

    private enum ReferralKey {
        prescriberKind,
        prescriberOrganisation,
        date,
        reasons
    }

    private static final Fields<ReferralKey> REFERRAL = Fields.of(
            ReferralKey.class, ReferralKey.prescriberKind, ReferralKey.prescriberOrganisation, ReferralKey.date);

    private enum DecisionKey {
        type,
        date,
        reason,
        alternativeProposed,
        reviewOn
    }

    private static final Fields<DecisionKey> DECISION =
            Fields.of(DecisionKey.class, DecisionKey.type, DecisionKey.date);

    private enum CommitmentKey {
        signedOn,
        objectives
    }

    private static final Fields<CommitmentKey> COMMITMENT = Fields.of(CommitmentKey.class, CommitmentKey.signedOn);

    private enum ReferentKey {
        referent,
        from
    }

    private static final Fields<ReferentKey> REFERENT = Fields.all(ReferentKey.class);

    private enum InterviewKey {
        date,
        mode,
        synthesis,
        author
    }

    private static final Fields<InterviewKey> INTERVIEW = Fields.all(InterviewKey.class);

    private enum PlacementKey {
        offerReference,
        date,
        result,
        reasons
    }

    private static final Fields<PlacementKey> PLACEMENT =
            Fields.of(PlacementKey.class, PlacementKey.offerReference, PlacementKey.date, PlacementKey.result);

    /** The three kinds of committee decisions, as the format names them, with the fields each requires and allows. */
    enum DecisionType {
        ADMITTED(List.of(), List.of()),
        REFUSED(List.of(DecisionKey.reason, DecisionKey.alternativeProposed), List.of()),
        POSTPONED(List.of(DecisionKey.reason), List.of(DecisionKey.reviewOn));

        private final Set<DecisionKey> required = EnumSet.of(DecisionKey.type, DecisionKey.date);
        private final Set<DecisionKey> allowed;

        DecisionType(List<DecisionKey> required, List<DecisionKey> optional) {
            this.required.addAll(required);
            this.allowed = EnumSet.copyOf(this.required);
            this.allowed.addAll(optional);
        }
    }

    /** Statuses reached once the commitment contract is signed. */
    private static final Set<ParcoursStatus> COMMITTED =
            EnumSet.of(ParcoursStatus.ACTIVE, ParcoursStatus.EXIT_PROPOSED, ParcoursStatus.EXITED);

    private ParcoursCodec() {}

    @Override
    ParcoursDocument read(Cursor c) {
        Values<ParcoursKey> v = c.values(PARCOURS, (x, k) -> switch (k) {
            case formatVersion -> formatVersion(x);
            case id, participantId -> x.id();
            case version -> x.integer(1, Long.MAX_VALUE);
            case status -> x.enumValue(ParcoursStatus.class);
            case referral -> referral(x);
            case decisions -> x.list("object", ParcoursCodec::decision);
            case commitment -> commitment(x);
            case referents -> x.list("object", ParcoursCodec::referent);
            case steps -> x.list("object", StepCodec::read);
            case interviews -> x.list("object", ParcoursCodec::interview);
            case placements -> x.list("object", ParcoursCodec::placement);
            case exit -> ExitCodec.read(x);
            case participant -> x.nullable(p -> ParticipantCodec.INSTANCE.read(p, false));
        });
        ParcoursStatus status = v.get(ParcoursKey.status);
        List<Step> steps = v.list(ParcoursKey.steps);
        String participantId = v.get(ParcoursKey.participantId);
        Participant participant = v.get(ParcoursKey.participant);
        CommitmentContract commitment = v.get(ParcoursKey.commitment);
        Exit exit = v.get(ParcoursKey.exit);
        if (!v.ok() || !consistent(c, status, commitment, exit, steps, participantId, participant)) {
            return null;
        }
        Either<List<Rejection>, Parcours> restored = Parcours.builder()
                .id(ParcoursId.of(v.get(ParcoursKey.id)))
                .participant(ParticipantId.of(participantId))
                .version(v.<Long>get(ParcoursKey.version))
                .referral(v.get(ParcoursKey.referral))
                .decisions(v.list(ParcoursKey.decisions))
                .commitment(Option.of(commitment))
                .referents(v.list(ParcoursKey.referents))
                .steps(steps)
                .interviews(v.list(ParcoursKey.interviews))
                .placements(v.list(ParcoursKey.placements))
                .exit(Option.of(exit))
                .restore();
        if (restored.isLeft()) {
            // every reason at once, each with the lifecycle's code of the command that would have been refused,
            // located at the step a violation names (its first argument), else at the parcours
            for (Rejection r : restored.getLeft()) {
                c.errorAt(JsonErrorCode.RULE_HISTORY, historyPointer(c, steps, r), r.code());
            }
            return null;
        }
        Parcours parcours = restored.get();
        if (parcours.status() != status) {
            c.errorAt(JsonErrorCode.RULE_STATUS, c.child("status"), status.name(), "decisions");
            return null;
        }
        return new ParcoursDocument(parcours, Option.of(participant));
    }

    /** The step {@code violation} names by its first argument ({@code /steps/2}), else the parcours. */
    private static String historyPointer(Cursor c, List<Step> steps, Rejection violation) {
        if (!violation.args().isEmpty() && violation.args().get(0) instanceof StepId id) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).id().equals(id)) {
                    return c.child("steps") + "/" + i;
                }
            }
        }
        return c.pointer();
    }

    /** What no lifecycle can produce; the parser is on the end of the parcours object. */
    private static boolean consistent(
            Cursor c,
            ParcoursStatus status,
            CommitmentContract commitment,
            Exit exit,
            List<Step> steps,
            String participantId,
            Participant participant) {
        int before = c.errorCount();
        if (COMMITTED.contains(status) != (commitment != null)) {
            c.errorAt(JsonErrorCode.RULE_STATUS, c.child("commitment"), status.name(), "commitment");
        }
        boolean exitExpected = status == ParcoursStatus.EXIT_PROPOSED || status == ParcoursStatus.EXITED;
        boolean validationExpected = status == ParcoursStatus.EXITED;
        if (exitExpected != (exit != null)) {
            c.errorAt(JsonErrorCode.RULE_STATUS, c.child("exit"), status.name(), "exit");
        } else if (exit != null && validationExpected != exit.isValidated()) {
            c.errorAt(JsonErrorCode.RULE_STATUS, c.child("exit") + "/validation", status.name(), "exit/validation");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!ids.add(steps.get(i).id().value())) {
                c.errorAt(JsonErrorCode.RULE_DUPLICATE_STEP, c.child("steps") + "/" + i + "/id");
            }
        }
        if (participant != null && !participant.id().value().equals(participantId)) {
            c.errorAt(JsonErrorCode.RULE_PARTICIPANT, c.child("participant") + "/id");
        }
        return c.errorCount() == before;
    }

    private static Referral referral(Cursor c) {
        Values<ReferralKey> v = c.object(REFERRAL, (x, k) -> switch (k) {
            case prescriberKind -> x.enumValue(PrescriberKind.class);
            case prescriberOrganisation -> x.text(200);
            case date -> x.date();
            case reasons -> x.list("string", t -> t.text(500));
        });
        return v == null
                ? null
                : new Referral(
                        v.get(ReferralKey.prescriberKind),
                        v.get(ReferralKey.prescriberOrganisation),
                        v.get(ReferralKey.date),
                        v.list(ReferralKey.reasons));
    }

    private static CommitteeDecision decision(Cursor c) {
        Values<DecisionKey> v = c.values(DECISION, (x, k) -> switch (k) {
            case type -> x.enumValue(DecisionType.class);
            case date, reviewOn -> x.date();
            case reason, alternativeProposed -> x.text(500);
        });
        DecisionType type = v.get(DecisionKey.type);
        if (type == null) {
            return null;
        }
        if (!c.fit(v.frame(), type.allowed, type.required, type.name()) || !v.ok()) {
            return null;
        }
        LocalDate date = v.get(DecisionKey.date);
        return switch (type) {
            case ADMITTED -> new CommitteeDecision.Admitted(date);
            case REFUSED ->
                new CommitteeDecision.Refused(date, v.get(DecisionKey.reason), v.get(DecisionKey.alternativeProposed));
            case POSTPONED ->
                new CommitteeDecision.Postponed(date, v.get(DecisionKey.reason), v.option(DecisionKey.reviewOn));
        };
    }

    private static CommitmentContract commitment(Cursor c) {
        Values<CommitmentKey> v = c.nullable(n -> n.object(COMMITMENT, (x, k) -> switch (k) {
            case signedOn -> x.date();
            case objectives -> x.list("string", t -> t.text(500));
        }));
        return v == null
                ? null
                : new CommitmentContract(v.get(CommitmentKey.signedOn), v.list(CommitmentKey.objectives));
    }

    private static ReferentAssignment referent(Cursor c) {
        Values<ReferentKey> v = c.object(REFERENT, (x, k) -> k == ReferentKey.referent ? x.id() : x.date());
        return v == null
                ? null
                : new ReferentAssignment(ReferentId.of(v.get(ReferentKey.referent)), v.get(ReferentKey.from));
    }

    private static Interview interview(Cursor c) {
        Values<InterviewKey> v = c.object(INTERVIEW, (x, k) -> switch (k) {
            case date -> x.date();
            case mode -> x.enumValue(InterviewMode.class);
            case synthesis -> x.text(4000);
            case author -> x.id();
        });
        return v == null
                ? null
                : new Interview(
                        v.get(InterviewKey.date),
                        v.get(InterviewKey.mode),
                        v.get(InterviewKey.synthesis),
                        ReferentId.of(v.get(InterviewKey.author)));
    }

    private static JobOfferPlacement placement(Cursor c) {
        Values<PlacementKey> v = c.object(PLACEMENT, (x, k) -> switch (k) {
            case offerReference, reasons -> x.text(k == PlacementKey.reasons ? 500 : 100);
            case date -> x.date();
            case result -> x.enumValue(PlacementResult.class);
        });
        return v == null
                ? null
                : new JobOfferPlacement(
                        v.get(PlacementKey.offerReference),
                        v.get(PlacementKey.date),
                        v.get(PlacementKey.result),
                        v.option(PlacementKey.reasons));
    }

    @Override
    void fields(JsonGenerator g, ParcoursDocument document, WriteOptions o) {
        Parcours p = document.parcours();
        g.writeStringProperty(ParcoursKey.id.name(), p.id().value());
        g.writeStringProperty(ParcoursKey.participantId.name(), p.participant().value());
        g.writeNumberProperty(ParcoursKey.version.name(), p.version());
        Out.code(g, ParcoursKey.status, p.status());
        Out.object(g, ParcoursKey.referral, p.referral(), (gen, r) -> {
            Out.code(gen, ReferralKey.prescriberKind, r.prescriberKind());
            gen.writeStringProperty(ReferralKey.prescriberOrganisation.name(), r.prescriberOrganisation());
            Out.date(gen, ReferralKey.date, r.date());
            Out.texts(gen, ReferralKey.reasons, r.reasons());
        });
        Out.objects(g, ParcoursKey.decisions, p.decisions(), ParcoursCodec::decision);
        p.commitment()
                .forEach(contract -> Out.object(g, ParcoursKey.commitment, contract, (gen, k) -> {
                    Out.date(gen, CommitmentKey.signedOn, k.signedOn());
                    Out.texts(gen, CommitmentKey.objectives, k.objectives());
                }));
        Out.objects(g, ParcoursKey.referents, p.referents(), (gen, a) -> {
            gen.writeStringProperty(ReferentKey.referent.name(), a.referent().value());
            Out.date(gen, ReferentKey.from, a.from());
        });
        Out.objects(g, ParcoursKey.steps, p.steps(), StepCodec::write);
        Out.objects(g, ParcoursKey.interviews, p.interviews(), (gen, in) -> {
            Out.date(gen, InterviewKey.date, in.date());
            Out.code(gen, InterviewKey.mode, in.mode());
            gen.writeStringProperty(
                    InterviewKey.synthesis.name(), o.pseudonymous() ? WriteOptions.REDACTED : in.synthesis());
            gen.writeStringProperty(InterviewKey.author.name(), in.author().value());
        });
        Out.objects(g, ParcoursKey.placements, p.placements(), (gen, pl) -> {
            gen.writeStringProperty(PlacementKey.offerReference.name(), pl.offerReference());
            Out.date(gen, PlacementKey.date, pl.date());
            Out.code(gen, PlacementKey.result, pl.result());
            Out.text(gen, PlacementKey.reasons, pl.reasons());
        });
        p.exit().forEach(exit -> Out.object(g, ParcoursKey.exit, exit, ExitCodec::write));
        document.participant()
                .forEach(participant -> Out.object(
                        g,
                        ParcoursKey.participant,
                        participant,
                        (gen, x) -> ParticipantCodec.INSTANCE.fields(gen, x, o)));
    }

    private static void decision(JsonGenerator g, CommitteeDecision d) {
        DecisionType type = d instanceof CommitteeDecision.Refused
                ? DecisionType.REFUSED
                : d instanceof CommitteeDecision.Postponed ? DecisionType.POSTPONED : DecisionType.ADMITTED;
        Out.code(g, DecisionKey.type, type);
        Out.date(g, DecisionKey.date, d.date());
        if (d instanceof CommitteeDecision.Refused r) {
            g.writeStringProperty(DecisionKey.reason.name(), r.reason());
            g.writeStringProperty(DecisionKey.alternativeProposed.name(), r.alternativeProposed());
        } else if (d instanceof CommitteeDecision.Postponed p) {
            g.writeStringProperty(DecisionKey.reason.name(), p.reason());
            Out.date(g, DecisionKey.reviewOn, p.reviewOn());
        }
    }
}
