package fr.plie.spring.boot;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Boot that {@link PlieMigration} initialises the database, so that it runs after the initialisers found
 * before it (the application's Flyway, Liquibase, SQL scripts) and beans that depend on database initialisation
 * wait for it.
 */
final class PlieMigrationDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {
    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(PlieMigration.class);
    }

    @Override
    public int getOrder() {
        // Boot's own detectors (Flyway 1, Liquibase 2, scripts 0) come first
        return 100;
    }
}
