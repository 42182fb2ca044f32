package fr.plie.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The options of {@code plie serve} as Spring Boot properties: {@code --port 8080} becomes {@code
 * --server.port=8080}, {@code --jdbc-url URL} {@code --spring.datasource.url=URL}; anything else passes through.
 */
final class ServeArguments {
    private static final Map<String, String> OPTIONS = Map.of(
            "--port", "server.port",
            "--jdbc-url", "spring.datasource.url",
            "--user", "spring.datasource.username",
            "--password", "spring.datasource.password");

    private ServeArguments() {}

    static String[] toSpring(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("serve")) {
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String property = OPTIONS.get(name);
            if (property == null) {
                out.add(arg);
            } else if (eq >= 0) {
                out.add("--" + property + "=" + arg.substring(eq + 1));
            } else if (i + 1 < args.length) {
                out.add("--" + property + "=" + args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return out.toArray(String[]::new);
    }
}
