package fr.plie.reporting.esf;

import fr.plie.core.participant.PersonalData;
import fr.plie.core.participant.Profile;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * A participant-operation with what the ESF+ file and table need: the questionnaire, the pseudonymous profile (sex,
 * age) and, for the file only, the name the platform matches people on (absent after erasure).
 */
public record EsfParticipantRow(EsfSheet sheet, Profile profile, Option<PersonalData> personalData) {
    /**
     * Checks that no component is missing.
     *
     * @param sheet the questionnaire
     * @param profile the pseudonymous profile
     * @param personalData the name for the file, none after erasure
     * @throws NullPointerException if a component is null
     */
    public EsfParticipantRow {
        Objects.requireNonNull(sheet, "sheet");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personalData, "personalData");
    }

    @Override
    public String toString() {
        return "EsfParticipantRow[" + sheet + "]";
    }
}
