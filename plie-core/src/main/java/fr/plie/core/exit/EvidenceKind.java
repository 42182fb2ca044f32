package fr.plie.core.exit;

/** The documents ("pièces probantes") that prove an exit situation. */
public enum EvidenceKind {
    EMPLOYMENT_CONTRACT,
    PAYSLIP,
    EMPLOYER_CERTIFICATE,
    TRAINING_ENTRY_CERTIFICATE,
    TRAINING_ATTENDANCE_CERTIFICATE,
    /** Diploma, title or certificate obtained. */
    DIPLOMA,
    /** Extrait KBIS. */
    KBIS,
    SIRET_NOTICE,
    TRADE_REGISTER_EXTRACT,
    OFFICIAL_JOURNAL_PUBLICATION,
    /** Proof of moving, death certificate, retirement notice... */
    ADMINISTRATIVE_PROOF,
    OTHER
}
