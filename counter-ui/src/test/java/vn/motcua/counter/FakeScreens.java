package vn.motcua.counter;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds each counter screen on the fake port its test hands over, where the server would inject its adapter, and
 * speaks the counter screens' own bundle. Vaadin finds it through the browserless test's service lookup.
 */
public class FakeScreens implements InstantiatorFactory {

    private static final Map<Class<?>, Object> PORTS = new ConcurrentHashMap<>();
    private static final I18NProvider TEXTS = new CounterTexts();

    /** The port the screens that need a {@code type} get, until the next test replaces it. */
    static <P, F extends P> F use(Class<P> type, F port) {
        PORTS.put(type, port);
        return port;
    }

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new DefaultInstantiator(service) {
            @Override
            public <T> T getOrCreate(Class<T> type) {
                for (Constructor<?> constructor : type.getConstructors()) {
                    if (constructor.getParameterCount() == 1 && PORTS.containsKey(constructor.getParameterTypes()[0])) {
                        try {
                            return type.cast(constructor.newInstance(PORTS.get(constructor.getParameterTypes()[0])));
                        } catch (InvocationTargetException failed) {
                            throw failed.getCause() instanceof RuntimeException runtime ? runtime
                                    : new IllegalStateException(failed.getCause());
                        } catch (ReflectiveOperationException notAScreen) {
                            throw new IllegalStateException(notAScreen);
                        }
                    }
                }
                return super.getOrCreate(type);
            }

            @Override
            public I18NProvider getI18NProvider() {
                return TEXTS;
            }
        };
    }
}
