package fr.plie.spring.boot;

import fr.plie.adapter.json.PlieJacksonModule;
import fr.plie.adapter.json.PlieJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * plie's exchange format in the application: the {@link PlieJacksonModule} bean, which Boot's Jackson
 * auto-configuration registers into the application's {@code JsonMapper} (so controllers read and write
 * parcours, participants, policies and reports as plie documents), and a {@link PlieJson} for located errors.
 * Both back off when the application defines its own.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@EnableConfigurationProperties(PlieProperties.class)
public class PlieJsonAutoConfiguration {
    /**
     * The module with the options of {@code plie.json}.
     *
     * @param properties the {@code plie.*} properties
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean
    public PlieJacksonModule plieJacksonModule(PlieProperties properties) {
        return new PlieJacksonModule()
                .withPseudonymousExport(properties.json().pseudonymousExport())
                .withLenientUnknownFields(properties.json().lenientUnknownFields());
    }

    /**
     * Reads and writes plie's documents with that module's options; thread-safe.
     *
     * @param module the Jackson module
     * @return the reader and writer
     */
    @Bean
    @ConditionalOnMissingBean
    public PlieJson plieJson(PlieJacksonModule module) {
        return PlieJson.create(module);
    }
}
