package fr.plie.rules.exit;

/** When a business creation counts as a positive exit. */
public enum CreationMilestone {
    /**
     * On the official registration (seed 004: "tout document officiel justifiant la création ... KBIS, N°
     * SIRET, publication au JO, inscription au registre des métiers").
     */
    ON_PROOF,
    /**
     * Once the registered business has been active for the consolidation period (seed 000: "Enregistrement
     * officiel de l'entreprise consolidée par 6 mois d'activité").
     */
    AFTER_ACTIVITY
}
