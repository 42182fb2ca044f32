package fr.plie.server.config;

import fr.plie.adapter.jdbc.PlieJdbc;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.parcours.ParcoursLifecycle;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * plie's beans for the server: the store on the configured data source (migrated at start-up), the JSON format,
 * the lifecycle and the PLIE's policies. The one place the library is wired; the Spring Boot starter will take
 * it over.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlieSettings.class)
public class PlieWiring {
    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    PlieJdbc plieJdbc(DataSource dataSource, Clock clock) {
        PlieJdbc plie = PlieJdbc.builder().dataSource(dataSource).clock(clock).build();
        plie.migrate();
        return plie;
    }

    @Bean
    PlieJson plieJson() {
        return PlieJson.create();
    }

    @Bean
    ParcoursLifecycle parcoursLifecycle(Clock clock) {
        return new ParcoursLifecycle(clock);
    }

    @Bean
    Policies policies(PlieSettings settings, PlieJson json, Clock clock) {
        return new Policies(settings, json, clock);
    }
}
