package fr.plie.reporting.indicator;

import fr.plie.core.parcours.ParcoursId;
import java.util.List;

/**
 * Employment exits by the employer's activity sector (seed 003: services 55 %, administration 21 %, trade
 * 13 %, catering 11 %), as recorded on the employer (a NAF code or a label).
 *
 * @param sector {@link BreakdownRow#UNKNOWN} when the employer's sector was not recorded
 */
public record SectorFigure(String sector, long exits, List<ParcoursId> parcours) {
    public SectorFigure {
        parcours = List.copyOf(parcours);
    }
}
