package fr.plie.rules.eligibility;

import fr.plie.core.participant.InseeCode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An EPCI ("établissement public de coopération intercommunale": communauté de communes, d'agglomération...)
 * and its communes. PLIE protocols define their territory as a list of EPCIs (seed 004: "Somme Sud-Ouest, Val
 * de Somme, Nièvre et Somme, Territoire Nord Picardie et Amiens Métropole").
 *
 * @param name the EPCI's name, as cited in messages
 * @param communes the INSEE codes of its communes
 */
public record Epci(String name, Set<InseeCode> communes) {
    /**
     * Checks the name and copies the communes, so the EPCI stays immutable.
     *
     * @param name the EPCI's name, as cited in messages
     * @param communes the INSEE codes of its communes
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Epci {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an EPCI needs a name");
        }
        communes = Set.copyOf(communes);
    }

    /**
     * An EPCI with the communes whose INSEE codes are given, e.g. {@code Epci.of("Amiens Métropole", "80021")}.
     *
     * @param name the EPCI's name
     * @param inseeCodes the INSEE codes of its communes
     * @return the EPCI
     * @throws IllegalArgumentException if a code is not an INSEE commune code
     */
    public static Epci of(String name, String... inseeCodes) {
        return new Epci(name, Arrays.stream(inseeCodes).map(InseeCode::of).collect(Collectors.toSet()));
    }

    /**
     * Whether {@code commune} is one of the EPCI's.
     *
     * @param commune the commune's INSEE code
     * @return whether it belongs to the EPCI
     */
    public boolean contains(InseeCode commune) {
        return communes.contains(commune);
    }

    /**
     * The same EPCI with more communes.
     *
     * @param inseeCodes the INSEE codes of the communes to add
     * @return the new EPCI
     * @throws IllegalArgumentException if a code is not an INSEE commune code
     */
    public Epci withCommunes(String... inseeCodes) {
        Set<InseeCode> all = new HashSet<>(communes);
        Arrays.stream(inseeCodes).map(InseeCode::of).forEach(all::add);
        return new Epci(name, all);
    }
}
