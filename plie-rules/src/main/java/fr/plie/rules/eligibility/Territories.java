package fr.plie.rules.eligibility;

/**
 * The territories of the presets. Only a few real communes of each EPCI are listed (INSEE codes checked
 * against the official geographic code); each PLIE completes the list from its protocol.
 */
final class Territories {
    /** CA Le Grand Périgueux (seed 001): Périgueux, Boulazac Isle Manoire, Trélissac, Bassillac et Auberoche, Sanilhac. */
    static final Territory GRAND_PERIGUEUX = Territory.of(
            "Grand Périgueux", Epci.of("CA Le Grand Périgueux", "24322", "24053", "24557", "24026", "24312"));

    /**
     * The five EPCIs of seed 004. Amiens Métropole: Amiens, Boves, Camon, Longueau; Nièvre et Somme: Picquigny.
     * The three other EPCIs are named with no commune yet.
     */
    static final Territory GRAND_AMIENOIS = Territory.of(
            "Grand Amiénois",
            Epci.of("Amiens Métropole", "80021", "80131", "80164", "80489"),
            Epci.of("Nièvre et Somme", "80622"),
            Epci.of("Somme Sud-Ouest"),
            Epci.of("Val de Somme"),
            Epci.of("Territoire Nord Picardie"));

    private Territories() {}
}
