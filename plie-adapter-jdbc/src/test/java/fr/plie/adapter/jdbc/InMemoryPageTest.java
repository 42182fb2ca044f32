package fr.plie.adapter.jdbc;

import fr.plie.core.fixture.InMemoryParcoursRepository;
import fr.plie.core.parcours.ParcoursRepository;

/** The page contract on the in-memory repository of plie-core's tests. */
class InMemoryPageTest extends PageContract {
    @Override
    ParcoursRepository repository() {
        return new InMemoryParcoursRepository();
    }
}
