package fr.plie.adapter.json;

import fr.plie.core.fixture.Draw;
import fr.plie.core.fixture.PlieGen;
import fr.plie.core.fixture.PlieGens;
import fr.plie.core.parcours.Parcours;
import fr.plie.core.participant.Participant;
import java.time.LocalDate;
import org.quicktheories.core.Gen;

/**
 * Participants and parcours documents of {@link PlieGen.Knob#FILE}: every value the format can hold, texts full
 * of accents, quotes, escapes and emoji, referrals from 1950 to 2059, each parcours built through the lifecycle
 * (so the reader accepts its history). Drawn from QuickTheories' randomness source, a failure shrinks towards
 * small documents.
 */
final class DomainGen {
    private static final PlieGen FILE =
            PlieGen.of(PlieGen.Knob.FILE).between(LocalDate.of(1950, 1, 1), LocalDate.of(2060, 1, 1));

    private DomainGen() {}

    static Gen<Participant> participants() {
        return in -> drawn(PlieGens.draw(in)).participant();
    }

    static Gen<Parcours> parcours() {
        return in -> drawn(PlieGens.draw(in)).parcours();
    }

    /** Parcours documents, half of them with their participant. */
    static Gen<ParcoursDocument> documents() {
        return in -> {
            Draw d = PlieGens.draw(in);
            PlieGen.Drawn drawn = drawn(d);
            return d.bool()
                    ? ParcoursDocument.of(drawn.parcours(), drawn.participant())
                    : ParcoursDocument.of(drawn.parcours());
        };
    }

    private static PlieGen.Drawn drawn(Draw d) {
        return FILE.drawn(d, d.id());
    }
}
