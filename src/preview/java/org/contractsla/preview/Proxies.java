package org.contractsla.preview;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Jira's services and objects as the preview host gives them: dynamic proxies of the stand-in interfaces that
 * answer the methods the app's adapters call and refuse every other one by name, so that an adapter that starts
 * calling something new fails loudly in the preview instead of reading a made-up answer.
 */
final class Proxies {

    private Proxies() {
    }

    /** Collects the answers of one proxy, by method name (the stand-ins' overloads answer alike). */
    static final class Answers<T> {
        private final Class<T> type;
        private final Map<String, Function<Object[], Object>> byName = new HashMap<>();

        private Answers(Class<T> type) {
            this.type = type;
        }

        Answers<T> on(String method, Function<Object[], Object> answer) {
            byName.put(method, answer);
            return this;
        }

        Answers<T> returning(String method, Object value) {
            return on(method, args -> value);
        }

        T build() {
            String name = type.getSimpleName();
            InvocationHandler handler = (proxy, method, args) -> answer(name, proxy, method, args);
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
        }

        private Object answer(String name, Object proxy, Method method, Object[] args) {
            Object[] given = args == null ? new Object[0] : args;
            switch (method.getName()) {
                case "equals":
                    return given.length == 1 && proxy == given[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return "preview " + name + "@" + Integer.toHexString(System.identityHashCode(proxy));
                default:
                    Function<Object[], Object> answer = byName.get(method.getName());
                    if (answer == null) {
                        throw new UnsupportedOperationException("the preview host does not implement " + name + "."
                                + method.getName());
                    }
                    return answer.apply(given);
            }
        }
    }

    static <T> Answers<T> of(Class<T> type) {
        return new Answers<>(type);
    }
}
