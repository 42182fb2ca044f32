package fr.plie.adapter.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source whose connections and statements fail on the n-th JDBC call that does work (execute, batch,
 * commit...) after {@link #failAt(int)}: a network cut or a crashed server in the middle of a save.
 */
final class FaultyDataSource {
    private static final Set<String> WORK = Set.of(
            "prepareStatement",
            "setAutoCommit",
            "setSavepoint",
            "commit",
            "executeQuery",
            "executeUpdate",
            "execute",
            "addBatch",
            "executeBatch",
            "setString",
            "setObject",
            "setLong",
            "setInt",
            "setNull",
            "setBoolean");

    private final DataSource real;
    private final AtomicInteger countdown = new AtomicInteger(-1);
    private final AtomicInteger injected = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    /** The connections handed out whose {@code close()} was not called yet. */
    private final Set<Connection> open = ConcurrentHashMap.newKeySet();

    FaultyDataSource(DataSource real) {
        this.real = real;
    }

    /** The {@code n}-th call from now (1 for the next) fails; 0 disables the fault. */
    void failAt(int n) {
        countdown.set(n);
        calls.set(0);
    }

    int injectedFailures() {
        return injected.get();
    }

    /** Calls counted since the last {@link #failAt(int)}. */
    int calls() {
        return calls.get();
    }

    /** How many of the connections it handed out are still open. */
    int openConnections() {
        return open.size();
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (result instanceof Connection c) {
                        open.add(c);
                        return wrap(c, Connection.class);
                    }
                    return result;
                });
    }

    private <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (WORK.contains(method.getName())) {
                calls.incrementAndGet();
                if (countdown.get() > 0 && countdown.decrementAndGet() == 0) {
                    injected.incrementAndGet();
                    throw new SQLException("injected failure in " + method.getName(), "08006");
                }
            }
            if (method.getName().equals("close")) {
                open.remove(target);
            }
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement ps) {
                return wrap(ps, PreparedStatement.class);
            } else if (result instanceof Statement s && !(result instanceof PreparedStatement)) {
                return wrap(s, Statement.class);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
