package fr.plie.core.exit;

/** The three families of exits the PLIEs report. */
public enum ExitGroup {
    /** Durable employment, qualifying training or business creation. */
    POSITIVE,
    /** Moving away, death, retirement: outside the parcours' reach; some PLIEs leave them out of the rate. */
    ADMINISTRATIVE,
    /** Abandonment, interruption, health, maximum duration, re-orientation. */
    OTHER
}
