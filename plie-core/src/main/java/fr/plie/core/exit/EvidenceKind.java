package fr.plie.core.exit;

/** The documents ("pièces probantes") that prove an exit situation. */
public enum EvidenceKind {
    /** The employment contract. */
    EMPLOYMENT_CONTRACT,
    /** A payslip. */
    PAYSLIP,
    /** A certificate from the employer ("attestation employeur"). */
    EMPLOYER_CERTIFICATE,
    /** A certificate of entry into training. */
    TRAINING_ENTRY_CERTIFICATE,
    /** A certificate of attendance at training. */
    TRAINING_ATTENDANCE_CERTIFICATE,
    /** Diploma, title or certificate obtained. */
    DIPLOMA,
    /** Extrait KBIS. */
    KBIS,
    /** The INSEE notice of the SIRET number. */
    SIRET_NOTICE,
    /** An extract of the trade register ("répertoire des métiers"). */
    TRADE_REGISTER_EXTRACT,
    /** A publication in the official journal (an association's creation). */
    OFFICIAL_JOURNAL_PUBLICATION,
    /** Proof of moving, death certificate, retirement notice... */
    ADMINISTRATIVE_PROOF,
    /** Any other document. */
    OTHER
}
