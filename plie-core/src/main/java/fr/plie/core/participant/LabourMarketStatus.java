package fr.plie.core.participant;

/** Labour-market status at entry, recorded once per participant for ESF+ output indicators. */
public enum LabourMarketStatus {
    /** Unemployed (EECO02; with 12 months or more of registration, also EECO03). */
    UNEMPLOYED,
    /** Inactive: neither employed nor seeking work (EECO04). */
    INACTIVE,
    /** Employed, including self-employed (EECO05). */
    EMPLOYED
}
