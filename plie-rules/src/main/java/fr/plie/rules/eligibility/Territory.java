package fr.plie.rules.eligibility;

import fr.plie.core.participant.InseeCode;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The territory a PLIE serves: its EPCIs and their communes. Residence in one of these communes is the first
 * condition of eligibility in every seed (001: "qu'ils résident sur le territoire d'intervention du PLIE";
 * 004: "résider dans une commune du Grand Amiénois").
 *
 * @param name the territory's name, as cited in messages
 * @param epcis the EPCIs; a commune belongs to at most one of them
 */
public record Territory(String name, List<Epci> epcis) {
    /**
     * Checks the EPCIs and copies them, so the territory stays immutable.
     *
     * @param name the territory's name, as cited in messages
     * @param epcis the EPCIs; a commune belongs to at most one of them
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if an EPCI is listed twice or a commune belongs to two EPCIs
     */
    public Territory {
        Objects.requireNonNull(name, "name");
        epcis = List.copyOf(epcis);
        Set<String> names = new HashSet<>();
        Set<InseeCode> seen = new HashSet<>();
        for (Epci epci : epcis) {
            if (!names.add(epci.name())) {
                throw new IllegalArgumentException("the EPCI " + epci.name() + " is listed twice");
            }
            for (InseeCode commune : epci.communes()) {
                if (!seen.add(commune)) {
                    throw new IllegalArgumentException("the commune " + commune + " belongs to two EPCIs");
                }
            }
        }
    }

    /**
     * A territory made of {@code epcis}.
     *
     * @param name the territory's name
     * @param epcis its EPCIs
     * @return the territory
     * @throws IllegalArgumentException if an EPCI is listed twice or a commune belongs to two EPCIs
     */
    public static Territory of(String name, Epci... epcis) {
        return new Territory(name, List.of(epcis));
    }

    /**
     * The EPCI the commune belongs to, if it is in the territory.
     *
     * @param commune the commune's INSEE code
     * @return its EPCI, none outside the territory
     */
    public Option<Epci> epciOf(InseeCode commune) {
        return Option.ofOptional(epcis.stream().filter(e -> e.contains(commune)).findFirst());
    }

    /**
     * Whether {@code commune} is in the territory.
     *
     * @param commune the commune's INSEE code
     * @return whether one of the EPCIs holds it
     */
    public boolean contains(InseeCode commune) {
        return epciOf(commune).isDefined();
    }

    /**
     * The same territory with {@code epci} added, or replacing the EPCI of the same name.
     *
     * @param epci the EPCI
     * @return the new territory
     */
    public Territory withEpci(Epci epci) {
        List<Epci> next = new ArrayList<>();
        boolean replaced = false;
        for (Epci e : epcis) {
            if (e.name().equals(epci.name())) {
                next.add(epci);
                replaced = true;
            } else {
                next.add(e);
            }
        }
        if (!replaced) {
            next.add(epci);
        }
        return new Territory(name, next);
    }
}
