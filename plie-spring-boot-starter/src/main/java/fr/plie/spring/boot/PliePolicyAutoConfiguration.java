package fr.plie.spring.boot;

import fr.plie.adapter.json.PlieDocument;
import fr.plie.adapter.json.PlieJson;
import fr.plie.core.common.Rejection;
import fr.plie.core.parcours.ReportingPeriod;
import fr.plie.rules.eligibility.EligibilityPolicy;
import fr.plie.rules.exit.ExitPolicy;
import fr.plie.rules.exit.ExitPolicySchedule;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The policies of {@code application.yml}: {@code plie.exit.preset} gives an {@link ExitPolicy} bean, {@code
 * plie.exit.schedule} an {@link ExitPolicySchedule}, {@code plie.eligibility.preset} an {@link EligibilityPolicy},
 * each a preset with overrides read as the exchange format reads a policy document. An invalid value stops the
 * application at startup with the property and the reason.
 */
@AutoConfiguration(after = PlieJsonAutoConfiguration.class)
@EnableConfigurationProperties(PlieProperties.class)
public class PliePolicyAutoConfiguration {
    /**
     * The exit policy of {@code plie.exit}.
     *
     * @param json reads the policy document
     * @param properties the {@code plie.*} properties
     * @return the exit policy
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "plie.exit", name = "preset")
    public ExitPolicy plieExitPolicy(PlieJson json, PlieProperties properties) {
        PlieProperties.Exit exit = properties.exit();
        return PolicyDocuments.read(json, PlieDocument.EXIT_POLICY, "plie.exit", exit.preset(), exit.overrides());
    }

    /**
     * The exit policies of {@code plie.exit.schedule}, by protocol period.
     *
     * @param json reads the policy documents
     * @param properties the {@code plie.*} properties
     * @return the schedule
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "plie.exit.schedule[0]", name = "from")
    public ExitPolicySchedule plieExitPolicySchedule(PlieJson json, PlieProperties properties) {
        List<ExitPolicySchedule.Entry> entries = new ArrayList<>();
        List<PlieProperties.Protocol> schedule = properties.exit().schedule();
        for (int i = 0; i < schedule.size(); i++) {
            PlieProperties.Protocol protocol = schedule.get(i);
            String property = "plie.exit.schedule[" + i + "]";
            if (protocol.from() == null
                    || protocol.to() == null
                    || protocol.to().isBefore(protocol.from())) {
                throw new IllegalStateException(
                        "plie: " + property + " needs a 'from' and a 'to' on or after it (ISO dates)");
            }
            entries.add(new ExitPolicySchedule.Entry(
                    new ReportingPeriod(protocol.from(), protocol.to()),
                    PolicyDocuments.read(
                            json, PlieDocument.EXIT_POLICY, property, protocol.preset(), protocol.overrides())));
        }
        Validation<Seq<Rejection>, ExitPolicySchedule> checked = ExitPolicySchedule.of(entries);
        if (checked.isInvalid()) {
            throw new IllegalStateException(checked.getError()
                    .map(r -> r.message(PolicyDocuments.locale()))
                    .collect(Collectors.joining("\n", "plie: invalid plie.exit.schedule\n", "")));
        }
        return checked.get();
    }

    /**
     * The eligibility policy of {@code plie.eligibility}.
     *
     * @param json reads the policy document
     * @param properties the {@code plie.*} properties
     * @return the eligibility policy
     */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "plie.eligibility", name = "preset")
    public EligibilityPolicy plieEligibilityPolicy(PlieJson json, PlieProperties properties) {
        PlieProperties.Policy eligibility = properties.eligibility();
        return PolicyDocuments.read(
                json,
                PlieDocument.ELIGIBILITY_POLICY,
                "plie.eligibility",
                eligibility.preset(),
                eligibility.overrides());
    }
}
