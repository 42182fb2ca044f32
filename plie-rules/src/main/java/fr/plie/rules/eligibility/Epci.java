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
    public Epci {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("an EPCI needs a name");
        }
        communes = Set.copyOf(communes);
    }

    /** An EPCI with the communes whose INSEE codes are given, e.g. {@code Epci.of("Amiens Métropole", "80021")}. */
    public static Epci of(String name, String... inseeCodes) {
        return new Epci(name, Arrays.stream(inseeCodes).map(InseeCode::of).collect(Collectors.toSet()));
    }

    public boolean contains(InseeCode commune) {
        return communes.contains(commune);
    }

    /** The same EPCI with more communes. */
    public Epci withCommunes(String... inseeCodes) {
        Set<InseeCode> all = new HashSet<>(communes);
        Arrays.stream(inseeCodes).map(InseeCode::of).forEach(all::add);
        return new Epci(name, all);
    }
}
