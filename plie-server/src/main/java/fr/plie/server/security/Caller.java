package fr.plie.server.security;

import fr.plie.core.admission.ReferentAssignment;
import fr.plie.core.parcours.Parcours;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who sends a request: the name the audit trail records as the actor of each change, and the role that decides
 * what they see. A referent sees the parcours they follow (the latest referent assignment), and their
 * participants' personal data; reporting sees no personal data at all.
 *
 * @param name the token's name (an id: letters, digits, {@code .-_:}), the actor in the audit trail
 */
public record Caller(String name, Role role) {
    /** The caller of an authenticated request. */
    public static Caller of(Authentication authentication) {
        Role role = Role.REPORTING;
        for (GrantedAuthority a : authentication.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(a.getAuthority()) && r.ordinal() > role.ordinal()) {
                    role = r;
                }
            }
        }
        return new Caller(authentication.getName(), role);
    }

    public boolean seesEveryone() {
        return role == Role.COORDINATOR || role == Role.ADMIN;
    }

    /** Whether this caller may read the parcours (and the participant's personal data). */
    public boolean follows(Parcours parcours) {
        if (seesEveryone()) {
            return true;
        }
        if (role != Role.REFERENT) {
            return false;
        }
        List<ReferentAssignment> referents = parcours.referents();
        return !referents.isEmpty()
                && referents.get(referents.size() - 1).referent().value().equals(name);
    }
}
