package fr.plie.core.participant;

/** Labour-market status at entry, recorded once per participant for ESF+ output indicators. */
public enum LabourMarketStatus {
    /** Unemployed (EECO01; with 12 months or more of registration, also EECO02). */
    UNEMPLOYED,
    /** Inactive: neither employed nor seeking work (EECO03). */
    INACTIVE,
    /** Employed, including self-employed (EECO04). */
    EMPLOYED
}
