package fr.plie.core.parcours;

import fr.plie.core.admission.CommitteeDecision;
import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.common.Rejection;
import fr.plie.core.participant.Profile;
import fr.plie.core.step.Step;
import fr.plie.core.step.StepKind;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a whole parcours cannot hold, checked when one is rebuilt from a document or a database rather than
 * built command by command: what {@link ParcoursLifecycle} refuses one command at a time, with the same codes and
 * texts (a decision, a référent, a step or an interview before the referral; decisions out of order; a
 * commitment before the admission; a step other than the diagnostic before the entry; a placement or an exit
 * before the entry). Each violation carries the path of the date at fault ({@code /steps/2/start}).
 */
public final class Chronology {
    /**
     * One impossible date: where it is in the parcours, the date it may not precede (both JSON pointers, such as
     * {@code /steps/2/start} and {@code /referral/date}) and the lifecycle's rejection.
     */
    public record Violation(String path, String notBefore, Rejection rejection) {}

    private static final String REFERRAL = "/referral/date";
    private static final String ENTRY = "/commitment/signedOn";

    private Chronology() {}

    /**
     * Every impossible date of {@code p}, in the order of its fields; empty when the chronology holds.
     *
     * @param p the parcours
     * @return the violations
     */
    public static List<Violation> violations(Parcours p) {
        List<Violation> found = new ArrayList<>();
        LocalDate referral = p.referral().date();
        LocalDate previous = null;
        for (int i = 0; i < p.decisions().size(); i++) {
            LocalDate date = p.decisions().get(i).date();
            if (date.isBefore(referral)) {
                found.add(at("/decisions/" + i + "/date", REFERRAL, "decision.before-referral", date, referral));
            } else if (previous != null && date.isBefore(previous)) {
                found.add(at(
                        "/decisions/" + i + "/date",
                        "/decisions/" + (i - 1) + "/date",
                        "decision.before-previous",
                        date,
                        previous));
            }
            previous = date;
        }
        Option<LocalDate> admitted = Option.ofOptional(p.decisions().stream()
                .filter(d -> d instanceof CommitteeDecision.Admitted)
                .map(CommitteeDecision::date)
                .findFirst());
        p.commitment()
                .forEach(c -> admitted.filter(c.signedOn()::isBefore)
                        .forEach(a -> found.add(at(
                                "/commitment/signedOn",
                                "/decisions",
                                "commitment.before-admission",
                                c.signedOn(),
                                a))));
        for (int i = 0; i < p.referents().size(); i++) {
            ReferentAssignment a = p.referents().get(i);
            if (a.from().isBefore(referral)) {
                found.add(at("/referents/" + i + "/from", REFERRAL, "referent.before-referral", a.from(), referral));
            }
        }
        Option<LocalDate> entry = p.entryDate();
        for (int i = 0; i < p.steps().size(); i++) {
            Step s = p.steps().get(i);
            if (s.start().isBefore(referral)) {
                found.add(at("/steps/" + i + "/start", REFERRAL, "step.before-referral", s.id(), s.start(), referral));
            } else if (s.kind() != StepKind.DIAGNOSTIC && entry.exists(s.start()::isBefore)) {
                found.add(at("/steps/" + i + "/start", ENTRY, "step.before-entry", s.id(), s.start(), entry.get()));
            }
        }
        for (int i = 0; i < p.interviews().size(); i++) {
            LocalDate date = p.interviews().get(i).date();
            if (date.isBefore(referral)) {
                found.add(at("/interviews/" + i + "/date", REFERRAL, "interview.before-referral", date, referral));
            }
        }
        for (int i = 0; i < p.placements().size(); i++) {
            LocalDate date = p.placements().get(i).date();
            if (entry.exists(date::isBefore)) {
                found.add(at("/placements/" + i + "/date", ENTRY, "placement.before-entry", date, entry.get()));
            }
        }
        p.exit()
                .filter(e -> entry.exists(e.date()::isBefore))
                .forEach(e -> found.add(at("/exit/date", ENTRY, "exit.before-entry", e.date(), entry.get())));
        return found;
    }

    /**
     * Every impossible date of {@code p} and of its participant's {@code profile}: also a birth date after the
     * referral (nobody is referred before being born; a birth date typed in 2999 gave "-975 years").
     *
     * @param p the parcours
     * @param profile its participant's profile
     * @return the violations, those of {@code p} first
     */
    public static List<Violation> violations(Parcours p, Profile profile) {
        List<Violation> found = new ArrayList<>(violations(p));
        if (profile.birthDate().isAfter(p.referral().date())) {
            found.add(at(
                    "/participant/profile/birthDate",
                    REFERRAL,
                    "participant.born-after-referral",
                    profile.birthDate(),
                    p.referral().date()));
        }
        return found;
    }

    private static Violation at(String path, String notBefore, String code, Object... args) {
        return new Violation(path, notBefore, Rejection.of(code, args));
    }
}
