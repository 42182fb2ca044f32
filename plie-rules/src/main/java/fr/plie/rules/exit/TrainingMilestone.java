package fr.plie.rules.exit;

/** When a (qualifying) training counts as a positive exit. */
public enum TrainingMilestone {
    /** On entering the training (seed 004: "l'entrée en formation qualifiante"). */
    AT_ENTRY,
    /**
     * When the diploma, title or certificate is obtained (seed 000: "validation d'une formation qualifiante";
     * national guide 2010: "qualifying and validated"). A long training may count earlier, see {@link
     * ExitPolicy#longTrainingOver()}.
     */
    AT_VALIDATION
}
