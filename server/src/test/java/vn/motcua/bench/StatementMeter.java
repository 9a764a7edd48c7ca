package vn.motcua.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements one thread runs and the time they take, so the push benchmark can say how much of a
 * screen's render is database work. Only the thread named in {@link #meter} is counted, so the calls themselves are not.
 */
@TestConfiguration(proxyBeanMethods = false)
class StatementMeter {

    private static volatile Thread metered;
    /** Written and read only on the metered thread (or after it handed over through a happens-before edge). */
    private static long statements;
    private static long nanos;

    /** From now on, count what this thread runs. */
    static void meter(Thread thread) {
        metered = thread;
    }

    static long statements() {
        return statements;
    }

    static long nanos() {
        return nanos;
    }

    @Bean
    static BeanPostProcessor meterStatements() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof Metered) ? new Metered(dataSource) : bean;
            }
        };
    }

    /** The application's data source, handing out connections whose statements are metered. */
    static final class Metered extends DelegatingDataSource {

        Metered(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (method, result) -> switch (method.getName()) {
            case "prepareStatement" -> proxy(PreparedStatement.class, (PreparedStatement) result, null);
            case "prepareCall" -> proxy(CallableStatement.class, (CallableStatement) result, null);
            case "createStatement" -> proxy(Statement.class, (Statement) result, null);
            default -> result;
        });
    }

    private interface Wrap {
        Object apply(Method method, Object result);
    }

    /** A proxy that times the execute methods (for statements) or wraps what a connection hands out. */
    private static <T> T proxy(Class<T> type, T target, Wrap wrap) {
        return type.cast(Proxy.newProxyInstance(StatementMeter.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    boolean timed = wrap == null && method.getName().startsWith("execute")
                            && Thread.currentThread() == metered;
                    long start = timed ? System.nanoTime() : 0;
                    try {
                        Object result = method.invoke(target, args);
                        return wrap == null ? result : wrap.apply(method, result);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    } finally {
                        if (timed) {
                            statements++;
                            nanos += System.nanoTime() - start;
                        }
                    }
                }));
    }
}
