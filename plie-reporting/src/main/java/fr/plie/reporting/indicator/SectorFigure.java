package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import io.vavr.control.Option;
import java.util.List;

/**
 * Employment exits by the employer's activity sector (seed 003: services 55 %, administration 21 %, trade
 * 13 %, catering 11 %): NAF codes rolled up to their {@link NafSection}, any other recorded text a sector of its
 * own.
 *
 * @param sector the section's letter ({@code I}) for NAF codes, the recorded text otherwise, {@link
 *     BreakdownRow#UNKNOWN} when the employer's sector was not recorded
 */
public record SectorFigure(String sector, long exits, List<ParcoursId> parcours) {
    /**
     * Copies the parcours ids, so the figure stays immutable.
     *
     * @param sector the section's letter ({@code I}) for NAF codes, the recorded text otherwise, {@link
     *     BreakdownRow#UNKNOWN} when the employer's sector was not recorded
     * @param exits the employment exits of the sector
     * @param parcours with drill-down, the parcours counted, sorted
     */
    public SectorFigure {
        parcours = List.copyOf(parcours);
    }

    /**
     * The NAF section this sector is, none for a free-text sector or an unknown one.
     *
     * @return the section, if any
     */
    public Option<NafSection> nafSection() {
        return BreakdownRow.UNKNOWN.equals(sector) ? Option.none() : NafSection.of(sector);
    }
}
