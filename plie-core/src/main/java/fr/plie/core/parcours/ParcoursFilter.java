package fr.plie.core.parcours;

import fr.plie.core.admission.ReferentId;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a list of parcours may be filtered on, using stored values only, so that a repository can page it in the
 * database ({@link ParcoursRepository#page}): each absent criterion lets every parcours through.
 *
 * @param status the status a parcours must have, or none for any
 * @param referent the referent who must follow the parcours on {@code asOf} ({@link Parcours#referentOn}), or none
 *     for any (including parcours followed by no one)
 * @param asOf the day on which the referent is read
 */
public record ParcoursFilter(Option<ParcoursStatus> status, Option<ReferentId> referent, LocalDate asOf) {
    /**
     * Checks that every value is present.
     *
     * @param status the status a parcours must have, or none for any
     * @param referent the referent who must follow the parcours on {@code asOf}, or none for any
     * @param asOf the day on which the referent is read
     * @throws NullPointerException if a value is null
     */
    public ParcoursFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(referent, "referent");
        Objects.requireNonNull(asOf, "asOf");
    }

    /**
     * The filter that lets every parcours through.
     *
     * @param asOf the day on which referents would be read
     * @return a filter with no criterion
     */
    public static ParcoursFilter any(LocalDate asOf) {
        return new ParcoursFilter(Option.none(), Option.none(), asOf);
    }

    /**
     * Whether {@code parcours} passes every criterion.
     *
     * @param parcours the parcours
     * @return true if it has the status and the referent asked for, when asked
     */
    public boolean matches(Parcours parcours) {
        return status.map(s -> parcours.status() == s).getOrElse(true)
                && referent.map(r -> parcours.referentOn(asOf).contains(r)).getOrElse(true);
    }
}
