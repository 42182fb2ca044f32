package org.example.consumer;

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
import fr.plie.core.parcours.ParcoursRepository;
import fr.plie.core.participant.ParticipantId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's use of plie: a referral admitted by the committee, stored in the application's database. */
@Service
public class Referrals {
    private final ParcoursLifecycle lifecycle;
    private final ParcoursRepository parcours;

    Referrals(Clock clock, ParcoursRepository parcours) {
        this.lifecycle = new ParcoursLifecycle(clock);
        this.parcours = parcours;
    }

    /** Refers and admits {@code id}; the rejection when a rule refuses. */
    @Transactional
    public Either<Rejection, Parcours> admit(String id, LocalDate referred, LocalDate admitted) {
        Parcours referral = Parcours.referred(
                ParcoursId.of(id),
                ParticipantId.of("P-" + id),
                new Referral(PrescriberKind.FRANCE_TRAVAIL, "France Travail Boulogne", referred, List.of()));
        return lifecycle
                .handleAll(referral, List.of(new ParcoursCommand.Decide(new CommitteeDecision.Admitted(admitted))))
                .mapLeft(RejectedCommand::rejection)
                // a new parcours: nothing stored yet, so version 0 is expected, not the referral's
                .flatMap(changes -> parcours.save(ParcoursChange.last(changes), 0));
    }
}
