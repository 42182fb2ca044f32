package fr.plie.server.security;

import java.util.Locale;

/** What a token may do. */
public enum Role {
    /** Pseudonymous figures only: reports, policies. */
    REPORTING,
    /** Their own participants: the parcours they follow, assessments, commands. */
    REFERENT,
    /** Every participant and parcours. */
    COORDINATOR,
    /** A coordinator who may also erase personal data and import. */
    ADMIN;

    /** The Spring Security authority, {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** {@code referent} or {@code REFERENT}; null when no role has that name. */
    public static Role parse(String name) {
        for (Role r : values()) {
            if (r.name().equalsIgnoreCase(name.strip())) {
                return r;
            }
        }
        return null;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
