package fr.plie.server;

import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

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
}
