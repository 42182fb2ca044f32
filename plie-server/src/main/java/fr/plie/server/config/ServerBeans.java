package fr.plie.server.config;

import fr.plie.core.parcours.ParcoursLifecycle;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's own beans. plie's (the store on the data source and its migrations, the JSON format, the
 * policies of {@code plie.exit} and {@code plie.eligibility}, the clock) come from plie-spring-boot-starter.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlieSettings.class)
public class ServerBeans {
    @Bean
    ParcoursLifecycle parcoursLifecycle(Clock clock) {
        return new ParcoursLifecycle(clock);
    }

    /** The PLIE's policies: the starter's when {@code plie.exit.preset} / {@code plie.eligibility.preset} are set. */
    @Bean
    Policies policies(
            PlieSettings settings,
            ObjectProvider<ExitPolicy> exitPolicy,
            ObjectProvider<EligibilityPolicy> eligibilityPolicy,
            Clock clock) {
        return new Policies(
                settings,
                exitPolicy.getIfAvailable(() -> ExitPolicy.NATIONAL_GUIDE_2010),
                eligibilityPolicy.getIfAvailable(() -> EligibilityPolicy.GRAND_PERIGUEUX_2022_2027),
                clock);
    }
}
