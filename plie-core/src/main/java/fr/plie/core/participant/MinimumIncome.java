package fr.plie.core.participant;

/** Minimum-income benefits ("minima sociaux") a participant may receive. */
public enum MinimumIncome {
    /** Revenu de solidarité active. */
    RSA,
    /** Allocation de solidarité spécifique. */
    ASS,
    /** Allocation aux adultes handicapés. */
    AAH,
    /** Any other minimum-income benefit. */
    OTHER
}
