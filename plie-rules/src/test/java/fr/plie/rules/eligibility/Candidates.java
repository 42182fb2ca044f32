package fr.plie.rules.eligibility;

import fr.plie.core.participant.InseeCode;
import fr.plie.core.participant.LabourMarketStatus;
import fr.plie.core.participant.Profile;
import fr.plie.core.participant.QualificationLevel;
import fr.plie.core.participant.Sex;
import io.vavr.control.Option;
import java.time.LocalDate;

/** Candidates for eligibility tests: a neutral profile that meets no criterion, to which each test adds one. */
final class Candidates {
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 3);
    static final InseeCode PERIGUEUX = InseeCode.of("24322");
    static final InseeCode TRELISSAC = InseeCode.of("24557");
    static final InseeCode AMIENS = InseeCode.of("80021");
    static final InseeCode PICQUIGNY = InseeCode.of("80622");
    static final InseeCode BORDEAUX = InseeCode.of("33063");

    private Candidates() {}

    /**
     * A 35-year-old in {@code commune}: inactive, not registered, bac+2, no benefit, no barrier: no criterion of
     * either preset is met.
     */
    static Profile.Builder neutralIn(InseeCode commune) {
        Profile.Builder builder = Profile.builder();
        builder.birthDate(AS_OF.minusYears(35).minusDays(40))
                .sex(Sex.MALE)
                .residenceCommune(commune)
                .qualificationLevel(QualificationLevel.LEVEL_5)
                .labourMarketStatus(LabourMarketStatus.INACTIVE);
        return builder;
    }

    /** Turns 35-year-old into someone whose {@code age}th birthday is {@code daysAgo} days before {@link #AS_OF}. */
    static Profile.Builder aged(Profile.Builder builder, int age, int daysAgo) {
        return builder.birthDate(AS_OF.minusDays(daysAgo).minusYears(age));
    }

    static Profile.Builder registeredSince(Profile.Builder builder, LocalDate since) {
        return builder.jobSeekerSince(Option.some(since)).labourMarketStatus(LabourMarketStatus.UNEMPLOYED);
    }

    static CriterionResult criterion(EligibilityResult result, CriterionKind kind) {
        return result.criteria().stream()
                .filter(c -> c.criterion() == kind)
                .findFirst()
                .orElseThrow();
    }
}
