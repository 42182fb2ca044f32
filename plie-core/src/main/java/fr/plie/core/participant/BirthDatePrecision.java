package fr.plie.core.participant;

import java.time.LocalDate;

/**
 * How precisely a pseudonymised participant keeps their birth date: an exact date together with a commune singles
 * a person out, while the age brackets of the indicators (under 26, 26 to 44, 45 and over, ESF+ under 30 and 55
 * and over) only need the year, or the month for ages on a given day within a year.
 */
public enum BirthDatePrecision {
    /** The first of January of the birth year. */
    YEAR,
    /** The first day of the birth month. */
    MONTH;

    /**
     * {@code birthDate} generalised to this precision.
     *
     * @param birthDate the exact birth date
     * @return its generalisation
     */
    public LocalDate generalise(LocalDate birthDate) {
        return this == YEAR ? birthDate.withDayOfYear(1) : birthDate.withDayOfMonth(1);
    }

    /**
     * {@code participant} without personal data, their birth date generalised: what may leave the PLIE.
     *
     * @param participant the participant
     * @return the pseudonymised participant
     */
    public Participant pseudonymise(Participant participant) {
        Profile profile = participant.profile();
        return new Participant(
                participant.id(),
                Profile.builder()
                        .from(profile)
                        .birthDate(generalise(profile.birthDate()))
                        .build(),
                io.vavr.control.Option.none());
    }
}
