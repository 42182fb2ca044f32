package fr.plie.reporting.indicator;

import java.util.Locale;

/**
 * A counted figure with a fixed definition, each counting parcours (one participant per parcours). The exact
 * definitions are in {@code docs/indicators.md}; the ESF+ codes follow the order of Annex I of Regulation (EU)
 * 2021/1057 as numbered in SFC2021 (EECO02 unemployed, EECO12 disabilities).
 */
public enum Indicator {
    /** Participants accompanied at some day of the period: entered on or before its end, not exited before it. */
    ACTIVE_FILE(IndicatorGroup.ACTIVITY),
    /** Commitment contracts signed in the period. */
    ENTRIES(IndicatorGroup.ACTIVITY),
    /** Referrals received in the period ("premiers accueils", seed 004: 200). */
    FIRST_RECEPTIONS(IndicatorGroup.ACTIVITY),
    /** Participants accompanied from the protocol's start to the period's end (seed 001: 1000 over 2022-2027). */
    PROTOCOL_PARTICIPANTS(IndicatorGroup.ACTIVITY),
    /** Participants on the period's last day, in parcours. */
    ACTIVE_AT_END(IndicatorGroup.ACTIVITY),

    /** Validated exits whose date is in the period ("sorties prononcées"). */
    EXITS(IndicatorGroup.EXITS),
    /** Positive exits, whatever their kind. */
    EXITS_POSITIVE(IndicatorGroup.EXITS),
    /** Positive exits to employment, business creation included. */
    EXITS_POSITIVE_EMPLOYMENT(IndicatorGroup.EXITS),
    /** Positive exits to qualifying training. */
    EXITS_POSITIVE_TRAINING(IndicatorGroup.EXITS),
    /** Administrative exits: moving away, death, retirement. */
    EXITS_ADMINISTRATIVE(IndicatorGroup.EXITS),
    /** Exits neither positive nor administrative. */
    EXITS_OTHER(IndicatorGroup.EXITS),
    /** The denominator of the rates: all exits, or all but administrative ones (a {@link ReportingOptions}). */
    EXITS_RATE_DENOMINATOR(IndicatorGroup.EXITS),
    /** Exits of the category {@code POSITIVE_EMPLOYMENT}. */
    EXIT_POSITIVE_EMPLOYMENT(IndicatorGroup.EXITS),
    /** Exits of the category {@code POSITIVE_TRAINING}. */
    EXIT_POSITIVE_TRAINING(IndicatorGroup.EXITS),
    /** Exits of the category {@code POSITIVE_CREATION}. */
    EXIT_POSITIVE_CREATION(IndicatorGroup.EXITS),
    /** Exits of the category {@code MOVED_AWAY}. */
    EXIT_MOVED_AWAY(IndicatorGroup.EXITS),
    /** Exits of the category {@code DEATH}. */
    EXIT_DEATH(IndicatorGroup.EXITS),
    /** Exits of the category {@code RETIREMENT}. */
    EXIT_RETIREMENT(IndicatorGroup.EXITS),
    /** Exits of the category {@code ABANDONMENT}. */
    EXIT_ABANDONMENT(IndicatorGroup.EXITS),
    /** Exits of the category {@code INTERRUPTION}. */
    EXIT_INTERRUPTION(IndicatorGroup.EXITS),
    /** Exits of the category {@code HEALTH}. */
    EXIT_HEALTH(IndicatorGroup.EXITS),
    /** Exits of the category {@code MAXIMUM_DURATION}. */
    EXIT_MAXIMUM_DURATION(IndicatorGroup.EXITS),
    /** Exits of the category {@code REORIENTATION}. */
    EXIT_REORIENTATION(IndicatorGroup.EXITS),

    /** Employment exits on an open-ended contract. */
    JOB_CDI(IndicatorGroup.TYPOLOGY),
    /** Employment exits on a fixed-term contract of more than 6 months (seed 003: "CDD de plus de 6 mois"). */
    JOB_CDD_OVER_6_MONTHS(IndicatorGroup.TYPOLOGY),
    /** Business creation exits. */
    JOB_CREATION(IndicatorGroup.TYPOLOGY),
    /** Employment exits on any other contract (temporary missions, subsidised contracts, alternance...). */
    JOB_OTHER(IndicatorGroup.TYPOLOGY),
    /** Employment exits for which no employment step was recorded. */
    JOB_NOT_RECORDED(IndicatorGroup.TYPOLOGY),
    /** Employment exits to a private employer. */
    EMPLOYER_PRIVATE(IndicatorGroup.TYPOLOGY),
    /** Employment exits to a public employer. */
    EMPLOYER_PUBLIC(IndicatorGroup.TYPOLOGY),
    /** Employment exits to an association. */
    EMPLOYER_ASSOCIATIVE(IndicatorGroup.TYPOLOGY),
    /** Employment exits to an SIAE. */
    EMPLOYER_SIAE(IndicatorGroup.TYPOLOGY),

    /** Women in the active file. */
    PROFILE_WOMEN(IndicatorGroup.PROFILE),
    /** Men in the active file. */
    PROFILE_MEN(IndicatorGroup.PROFILE),
    /** Non-binary people in the active file. */
    PROFILE_NON_BINARY(IndicatorGroup.PROFILE),
    /** Age at entry, a birthday counting from its day. */
    AGE_UNDER_26(IndicatorGroup.PROFILE),
    /** Aged 26 to 29 at entry. */
    AGE_26_29(IndicatorGroup.PROFILE),
    /** Aged 30 to 44 at entry. */
    AGE_30_44(IndicatorGroup.PROFILE),
    /** Aged 45 to 49 at entry. */
    AGE_45_49(IndicatorGroup.PROFILE),
    /** Aged 50 to 54 at entry. */
    AGE_50_54(IndicatorGroup.PROFILE),
    /** Aged 55 or over at entry. */
    AGE_55_AND_OVER(IndicatorGroup.PROFILE),
    /** Living in a priority neighbourhood (QPV). */
    PROFILE_QPV(IndicatorGroup.PROFILE),
    /** Receiving a minimum income. */
    PROFILE_MINIMUM_INCOME(IndicatorGroup.PROFILE),
    /** Recognised disabled workers (RQTH). */
    PROFILE_RQTH(IndicatorGroup.PROFILE),
    /** Registered job seeker for 12 months or more at entry ("DELD"). */
    PROFILE_LONG_TERM_UNEMPLOYED(IndicatorGroup.PROFILE),
    /** Qualification level 3 (former V, CAP-BEP) or below ("niveau V et infra"). */
    LEVEL_3_OR_BELOW(IndicatorGroup.PROFILE),
    /** Qualification level 4 (former IV, baccalauréat). */
    LEVEL_4(IndicatorGroup.PROFILE),
    /** Qualification level 5 (former III) or above. */
    LEVEL_5_OR_ABOVE(IndicatorGroup.PROFILE),

    /** Interviews dated in the period. */
    INTERVIEWS(IndicatorGroup.FOLLOW_UP),
    /** Steps going on at some day of the period. */
    STEPS(IndicatorGroup.FOLLOW_UP),
    /** Steps of the period that belong to a PLIE-financed action. */
    FINANCED_ACTION_STEPS(IndicatorGroup.FOLLOW_UP),
    /** Employment contracts that started in the period ("contrats de travail signés", seed 003). */
    CONTRACTS_SIGNED(IndicatorGroup.FOLLOW_UP),

    /** Proposals of a participant for a job offer dated in the period ("mises en relation", seed 004: 400). */
    PLACEMENTS(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements that led to hiring. */
    PLACEMENTS_HIRED(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements where the employer chose another candidate. */
    PLACEMENTS_NOT_SELECTED(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements the participant declined. */
    PLACEMENTS_DECLINED(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements where the participant did not come. */
    PLACEMENTS_NO_SHOW(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements whose offer was withdrawn. */
    PLACEMENTS_WITHDRAWN(IndicatorGroup.EMPLOYER_SIDE),
    /** Placements still waiting for the employer's answer. */
    PLACEMENTS_PENDING(IndicatorGroup.EMPLOYER_SIDE),
    /** Participants who started at least one employment contract in the period ("accès emploi", seed 004: 200). */
    ACCESSES_TO_EMPLOYMENT(IndicatorGroup.EMPLOYER_SIDE),
    /** Immersions (PMSMP) started in the period. */
    IMMERSIONS(IndicatorGroup.EMPLOYER_SIDE),
    /** Participations in job-search workshop steps started in the period (not the number of workshops held). */
    WORKSHOP_PARTICIPATIONS(IndicatorGroup.EMPLOYER_SIDE),

    /** ESF+ EECO01: all participants. */
    EECO01_TOTAL(IndicatorGroup.ESF_OUTPUT, "EECO01"),
    /** ESF+ EECO02: unemployed, long-term unemployed included. */
    EECO02_UNEMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO02"),
    /** ESF+ EECO03: long-term unemployed. */
    EECO03_LONG_TERM_UNEMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO03"),
    /** ESF+ EECO04: inactive. */
    EECO04_INACTIVE(IndicatorGroup.ESF_OUTPUT, "EECO04"),
    /** ESF+ EECO05: employed, self-employed included. */
    EECO05_EMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO05"),
    /** ESF+ EECO06: under 18. */
    EECO06_UNDER_18(IndicatorGroup.ESF_OUTPUT, "EECO06"),
    /** ESF+ EECO07: aged 18 to 29. */
    EECO07_18_29(IndicatorGroup.ESF_OUTPUT, "EECO07"),
    /** ESF+ EECO08: aged 55 or over. */
    EECO08_55_AND_OVER(IndicatorGroup.ESF_OUTPUT, "EECO08"),
    /** ESF+ EECO09: at most lower secondary education (ISCED 0 to 2). */
    EECO09_ISCED_0_2(IndicatorGroup.ESF_OUTPUT, "EECO09"),
    /** ESF+ EECO10: upper secondary or post-secondary education (ISCED 3 and 4). */
    EECO10_ISCED_3_4(IndicatorGroup.ESF_OUTPUT, "EECO10"),
    /** ESF+ EECO11: tertiary education (ISCED 5 to 8). */
    EECO11_ISCED_5_8(IndicatorGroup.ESF_OUTPUT, "EECO11"),
    /** Participants with disabilities, from the RQTH status (a national definition, allowed by Annex I). */
    EECO12_DISABILITY(IndicatorGroup.ESF_OUTPUT, "EECO12"),
    /** ESF+ EECO13: third-country nationals. */
    EECO13_THIRD_COUNTRY_NATIONALS(IndicatorGroup.ESF_OUTPUT, "EECO13"),
    /** ESF+ EECO14: participants with a foreign background. */
    EECO14_FOREIGN_BACKGROUND(IndicatorGroup.ESF_OUTPUT, "EECO14"),
    /** ESF+ EECO16: homeless or affected by housing exclusion. */
    EECO16_HOMELESS(IndicatorGroup.ESF_OUTPUT, "EECO16"),
    /** ESF+ EECO17: living in rural areas. */
    EECO17_RURAL(IndicatorGroup.ESF_OUTPUT, "EECO17"),

    /** Participants who left in the period: the base of the immediate result indicators. */
    ESF_LEAVERS(IndicatorGroup.ESF_RESULT),
    /** ESF+ EECR01: leavers engaged in job searching upon leaving. */
    EECR01_JOB_SEARCHING(IndicatorGroup.ESF_RESULT, "EECR01"),
    /** ESF+ EECR02: leavers in education or training upon leaving. */
    EECR02_EDUCATION_OR_TRAINING(IndicatorGroup.ESF_RESULT, "EECR02"),
    /** ESF+ EECR03: leavers gaining a qualification upon leaving. */
    EECR03_QUALIFICATION(IndicatorGroup.ESF_RESULT, "EECR03"),
    /** ESF+ EECR04: leavers in employment, self-employment included, upon leaving. */
    EECR04_EMPLOYMENT(IndicatorGroup.ESF_RESULT, "EECR04"),
    /** Leavers of the period whose sixth month after leaving is on or before the data's as-of date. */
    ESF_LEAVERS_OBSERVED_6_MONTHS(IndicatorGroup.ESF_RESULT),
    /** ESF+ EECR05: leavers in employment six months after leaving. */
    EECR05_EMPLOYMENT_6_MONTHS(IndicatorGroup.ESF_RESULT, "EECR05"),
    /** ESF+ EECR06: leavers with a better labour-market situation six months after leaving. */
    EECR06_IMPROVED_SITUATION_6_MONTHS(IndicatorGroup.ESF_RESULT, "EECR06"),

    /**
     * Exits of the rates' denominator that the exit engine judges positive, on their exit date, under the
     * report's {@link ReportingOptions#exitPolicy()} (zero without one).
     */
    POLICY_EXITS_POSITIVE(IndicatorGroup.POLICY_CHECK),
    /** Of which to employment, business creation included. */
    POLICY_EXITS_POSITIVE_EMPLOYMENT(IndicatorGroup.POLICY_CHECK),
    /** Of which to qualifying training. */
    POLICY_EXITS_POSITIVE_TRAINING(IndicatorGroup.POLICY_CHECK),
    /**
     * Exits recorded positive that the engine judges positive too, with every piece of evidence the policy asks
     * for on the exit date.
     */
    POLICY_CONFIRMED(IndicatorGroup.POLICY_CHECK),
    /**
     * Exits recorded positive whose outcome the engine judges reached, but not pronounceable: evidence the policy
     * asks for is missing or too old on the exit date ("sortie positive atteinte, non prononçable"). Counted apart
     * from {@link #POLICY_CONFIRMED}.
     */
    POLICY_REACHED_NOT_PRONOUNCEABLE(IndicatorGroup.POLICY_CHECK),
    /** Exits recorded positive that the engine does not judge positive under the policy. */
    POLICY_NOT_CONFIRMED(IndicatorGroup.POLICY_CHECK),
    /** Exits recorded otherwise (abandonment, interruption...) that the engine judges positive. */
    POLICY_FOUND_POSITIVE(IndicatorGroup.POLICY_CHECK);

    private final IndicatorGroup group;
    private final String code;

    Indicator(IndicatorGroup group) {
        this.group = group;
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Indicator(IndicatorGroup group, String esfCode) {
        this.group = group;
        this.code = esfCode;
    }

    /** {@return the group the indicator is shown in} */
    public IndicatorGroup group() {
        return group;
    }

    /**
     * A stable code for exports and programs, such as {@code exits-positive} or {@code EECO02}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
