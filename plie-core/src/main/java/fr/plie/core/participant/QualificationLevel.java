package fr.plie.core.participant;

/**
 * French qualification levels (nomenclature of 2019, levels 1 to 8) with the former levels (VI to I) that
 * PLIE criteria still cite ("niveau V et infra") and the ISCED level used by ESF+ indicators.
 */
public enum QualificationLevel {
    /** Basic skills, no diploma (former VI). */
    LEVEL_1("VI", 1, IscedGroup.ISCED_0_2),
    /** Some vocational skills, no diploma (former V bis). */
    LEVEL_2("V bis", 2, IscedGroup.ISCED_0_2),
    /** CAP, BEP (former V). */
    LEVEL_3("V", 3, IscedGroup.ISCED_3_4),
    /** Baccalauréat (former IV). */
    LEVEL_4("IV", 4, IscedGroup.ISCED_3_4),
    /** Bac+2: BTS, DUT (former III). */
    LEVEL_5("III", 5, IscedGroup.ISCED_5_8),
    /** Bac+3: licence (former II). */
    LEVEL_6("II", 6, IscedGroup.ISCED_5_8),
    /** Bac+5: master (former I). */
    LEVEL_7("I", 7, IscedGroup.ISCED_5_8),
    /** Doctorate (former I). */
    LEVEL_8("I", 8, IscedGroup.ISCED_5_8);

    /** The ISCED groups of the ESF+ common indicators (EECO09 to EECO11, SFC2021 numbering). */
    public enum IscedGroup {
        /** Up to lower secondary education (levels 1 and 2). */
        ISCED_0_2,
        /** Upper secondary and post-secondary non-tertiary education (levels 3 and 4). */
        ISCED_3_4,
        /** Tertiary education (levels 5 to 8). */
        ISCED_5_8
    }

    private final String formerLevel;
    private final int rank;
    private final IscedGroup isced;

    QualificationLevel(String formerLevel, int rank, IscedGroup isced) {
        this.formerLevel = formerLevel;
        this.rank = rank;
        this.isced = isced;
    }

    /**
     * The former French level (VI, V bis, V, IV, III, II, I).
     *
     * @return the former level
     */
    public String formerLevel() {
        return formerLevel;
    }

    /**
     * 1 to 8: a higher rank is a higher qualification.
     *
     * @return the rank
     */
    public int rank() {
        return rank;
    }

    /** {@return the ISCED group the ESF+ indicators count this level in} */
    public IscedGroup iscedGroup() {
        return isced;
    }

    /**
     * Whether this level is at most {@code other} ("niveau V et infra" is {@code atMost(LEVEL_3)}).
     *
     * @param other the other level
     * @return whether this one is at most {@code other}
     */
    public boolean atMost(QualificationLevel other) {
        return rank <= other.rank;
    }
}
