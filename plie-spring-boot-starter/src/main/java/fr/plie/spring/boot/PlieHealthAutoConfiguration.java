package fr.plie.spring.boot;

import fr.plie.adapter.jdbc.PlieJdbc;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/** The {@code plie} health indicator, when Boot's health support is there; {@code management.health.plie.enabled=false} turns it off. */
@AutoConfiguration(after = PlieJdbcAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(PlieJdbc.class)
@ConditionalOnEnabledHealthIndicator("plie")
public class PlieHealthAutoConfiguration {
    /**
     * plie's tables: reachable and migrated.
     *
     * @param plie plie's store
     * @return the health indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "plieHealthIndicator")
    public PlieHealthIndicator plieHealthIndicator(PlieJdbc plie) {
        return new PlieHealthIndicator(plie);
    }
}
