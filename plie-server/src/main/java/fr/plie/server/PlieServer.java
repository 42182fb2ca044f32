package fr.plie.server;

import fr.plie.server.security.Tokens;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code plie serve}: the HTTP API v1 and the French web application on one plie database (H2 in
 * {@code ./plie-data} unless {@code --jdbc-url} names PostgreSQL or MariaDB). Stateless apart from the database
 * (the web application's session aside), so several instances can run behind a load balancer.
 *
 * <p>Arguments: {@code [--port 8080] [--jdbc-url URL] [--user U] [--password P]} and any Spring Boot property as
 * {@code --name=value}; {@code token add --role ROLE --name NAME} creates a token instead of serving.
 */
@SpringBootApplication
public class PlieServer {
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("token")) {
            System.exit(TokenCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(PlieServer.class, ServeArguments.toSpring(args));
    }

    /**
     * Starts a server in this JVM (tests, load tests, embedding) with the arguments of {@code plie serve};
     * {@code --port 0} takes a free port.
     */
    public static Running start(String... args) {
        return new Running(SpringApplication.run(PlieServer.class, ServeArguments.toSpring(args)));
    }

    /** A server started by {@link #start}: its port and its tokens; closing it stops it. */
    public static final class Running implements AutoCloseable {
        private final ConfigurableApplicationContext context;

        Running(ConfigurableApplicationContext context) {
            this.context = context;
        }

        /** The port it listens on. */
        public int port() {
            return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port"));
        }

        /** Its tokens, to give a client one. */
        public Tokens tokens() {
            return context.getBean(Tokens.class);
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
