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
    EXITS_POSITIVE(IndicatorGroup.EXITS),
    /** Positive exits to employment, business creation included. */
    EXITS_POSITIVE_EMPLOYMENT(IndicatorGroup.EXITS),
    EXITS_POSITIVE_TRAINING(IndicatorGroup.EXITS),
    EXITS_ADMINISTRATIVE(IndicatorGroup.EXITS),
    EXITS_OTHER(IndicatorGroup.EXITS),
    /** The denominator of the rates: all exits, or all but administrative ones (a {@link ReportingOptions}). */
    EXITS_RATE_DENOMINATOR(IndicatorGroup.EXITS),
    EXIT_POSITIVE_EMPLOYMENT(IndicatorGroup.EXITS),
    EXIT_POSITIVE_TRAINING(IndicatorGroup.EXITS),
    EXIT_POSITIVE_CREATION(IndicatorGroup.EXITS),
    EXIT_MOVED_AWAY(IndicatorGroup.EXITS),
    EXIT_DEATH(IndicatorGroup.EXITS),
    EXIT_RETIREMENT(IndicatorGroup.EXITS),
    EXIT_ABANDONMENT(IndicatorGroup.EXITS),
    EXIT_INTERRUPTION(IndicatorGroup.EXITS),
    EXIT_HEALTH(IndicatorGroup.EXITS),
    EXIT_MAXIMUM_DURATION(IndicatorGroup.EXITS),
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
    EMPLOYER_PRIVATE(IndicatorGroup.TYPOLOGY),
    EMPLOYER_PUBLIC(IndicatorGroup.TYPOLOGY),
    EMPLOYER_ASSOCIATIVE(IndicatorGroup.TYPOLOGY),
    EMPLOYER_SIAE(IndicatorGroup.TYPOLOGY),

    PROFILE_WOMEN(IndicatorGroup.PROFILE),
    PROFILE_MEN(IndicatorGroup.PROFILE),
    PROFILE_NON_BINARY(IndicatorGroup.PROFILE),
    /** Age at entry, a birthday counting from its day. */
    AGE_UNDER_26(IndicatorGroup.PROFILE),
    AGE_26_29(IndicatorGroup.PROFILE),
    AGE_30_44(IndicatorGroup.PROFILE),
    AGE_45_49(IndicatorGroup.PROFILE),
    AGE_50_54(IndicatorGroup.PROFILE),
    AGE_55_AND_OVER(IndicatorGroup.PROFILE),
    PROFILE_QPV(IndicatorGroup.PROFILE),
    PROFILE_MINIMUM_INCOME(IndicatorGroup.PROFILE),
    PROFILE_RQTH(IndicatorGroup.PROFILE),
    /** Registered job seeker for 12 months or more at entry ("DELD"). */
    PROFILE_LONG_TERM_UNEMPLOYED(IndicatorGroup.PROFILE),
    /** Qualification level 3 (former V, CAP-BEP) or below ("niveau V et infra"). */
    LEVEL_3_OR_BELOW(IndicatorGroup.PROFILE),
    LEVEL_4(IndicatorGroup.PROFILE),
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
    PLACEMENTS_HIRED(IndicatorGroup.EMPLOYER_SIDE),
    PLACEMENTS_NOT_SELECTED(IndicatorGroup.EMPLOYER_SIDE),
    PLACEMENTS_DECLINED(IndicatorGroup.EMPLOYER_SIDE),
    PLACEMENTS_NO_SHOW(IndicatorGroup.EMPLOYER_SIDE),
    PLACEMENTS_WITHDRAWN(IndicatorGroup.EMPLOYER_SIDE),
    PLACEMENTS_PENDING(IndicatorGroup.EMPLOYER_SIDE),
    /** Participants who started at least one employment contract in the period ("accès emploi", seed 004: 200). */
    ACCESSES_TO_EMPLOYMENT(IndicatorGroup.EMPLOYER_SIDE),
    /** Immersions (PMSMP) started in the period. */
    IMMERSIONS(IndicatorGroup.EMPLOYER_SIDE),
    /** Participations in job-search workshop steps started in the period (not the number of workshops held). */
    WORKSHOP_PARTICIPATIONS(IndicatorGroup.EMPLOYER_SIDE),

    EECO01_TOTAL(IndicatorGroup.ESF_OUTPUT, "EECO01"),
    EECO02_UNEMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO02"),
    EECO03_LONG_TERM_UNEMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO03"),
    EECO04_INACTIVE(IndicatorGroup.ESF_OUTPUT, "EECO04"),
    EECO05_EMPLOYED(IndicatorGroup.ESF_OUTPUT, "EECO05"),
    EECO06_UNDER_18(IndicatorGroup.ESF_OUTPUT, "EECO06"),
    EECO07_18_29(IndicatorGroup.ESF_OUTPUT, "EECO07"),
    EECO08_55_AND_OVER(IndicatorGroup.ESF_OUTPUT, "EECO08"),
    EECO09_ISCED_0_2(IndicatorGroup.ESF_OUTPUT, "EECO09"),
    EECO10_ISCED_3_4(IndicatorGroup.ESF_OUTPUT, "EECO10"),
    EECO11_ISCED_5_8(IndicatorGroup.ESF_OUTPUT, "EECO11"),
    /** Participants with disabilities, from the RQTH status (a national definition, allowed by Annex I). */
    EECO12_DISABILITY(IndicatorGroup.ESF_OUTPUT, "EECO12"),
    EECO13_THIRD_COUNTRY_NATIONALS(IndicatorGroup.ESF_OUTPUT, "EECO13"),
    EECO14_FOREIGN_BACKGROUND(IndicatorGroup.ESF_OUTPUT, "EECO14"),
    EECO16_HOMELESS(IndicatorGroup.ESF_OUTPUT, "EECO16"),
    EECO17_RURAL(IndicatorGroup.ESF_OUTPUT, "EECO17"),

    /** Participants who left in the period: the base of the immediate result indicators. */
    ESF_LEAVERS(IndicatorGroup.ESF_RESULT),
    EECR01_JOB_SEARCHING(IndicatorGroup.ESF_RESULT, "EECR01"),
    EECR02_EDUCATION_OR_TRAINING(IndicatorGroup.ESF_RESULT, "EECR02"),
    EECR03_QUALIFICATION(IndicatorGroup.ESF_RESULT, "EECR03"),
    EECR04_EMPLOYMENT(IndicatorGroup.ESF_RESULT, "EECR04"),
    /** Leavers of the period whose sixth month after leaving is on or before the data's as-of date. */
    ESF_LEAVERS_OBSERVED_6_MONTHS(IndicatorGroup.ESF_RESULT),
    EECR05_EMPLOYMENT_6_MONTHS(IndicatorGroup.ESF_RESULT, "EECR05"),
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
    /** Exits recorded positive that the engine judges positive too. */
    POLICY_CONFIRMED(IndicatorGroup.POLICY_CHECK),
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

    public IndicatorGroup group() {
        return group;
    }

    /** A stable code for exports and programs, such as {@code exits-positive} or {@code EECO02}. */
    public String code() {
        return code;
    }
}
