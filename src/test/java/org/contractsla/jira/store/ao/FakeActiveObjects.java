package org.contractsla.jira.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import net.java.ao.RawEntity;

/**
 * Active Objects in memory, for the store tests: tables of rows, entities as proxies, and the where clauses
 * the stores use ({@code "COL" = ?}, {@code >= ?}, {@code < ?}, joined by AND). A transaction that throws
 * puts every table back as it was (one writer at a time; the stores' cluster locks see to that). Each
 * statement is atomic, as in a database; a transaction is not isolated from others, as at READ COMMITTED.
 */
final class FakeActiveObjects {

    private Map<Class<?>, List<Map<String, Object>>> tables = new HashMap<>();
    private int nextId = 1;
    /** Fails the create after this many more creates (for rollback tests); negative: never. */
    int failCreateAfter = -1;

    /** Cluster locks as local locks: enough for one JVM's threads. */
    static ClusterLockService locks() {
        Map<String, ClusterLock> byName = new ConcurrentHashMap<>();
        return name -> byName.computeIfAbsent(name, n -> localLock());
    }

    /**
     * A cluster lock as a local lock. A proxy, not a class implementing {@link ClusterLock}: the real interface has
     * more abstract methods than the stores call, so a class would not compile against it; a method the stores do
     * not call fails the test.
     */
    static ClusterLock localLock() {
        ReentrantLock lock = new ReentrantLock();
        return (ClusterLock) Proxy.newProxyInstance(FakeActiveObjects.class.getClassLoader(),
                new Class<?>[] {ClusterLock.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "lock":
                            lock.lock();
                            return null;
                        case "lockInterruptibly":
                            lock.lockInterruptibly();
                            return null;
                        case "tryLock":
                            return args == null ? lock.tryLock() : lock.tryLock((Long) args[0], (TimeUnit) args[1]);
                        case "unlock":
                            lock.unlock();
                            return null;
                        case "isHeldByCurrentThread":
                            return lock.isHeldByCurrentThread();
                        case "toString":
                            return "local lock " + lock;
                        default:
                            throw new UnsupportedOperationException("not in the fake cluster lock: " + method);
                    }
                });
    }

    /**
     * This database as Active Objects. A proxy, not a class implementing {@link ActiveObjects}: the real interface
     * has many more abstract methods than the stores call; each call goes to this fake's method of the same name
     * and parameter types, and one the fake lacks fails the test.
     */
    ActiveObjects asActiveObjects() {
        return (ActiveObjects) Proxy.newProxyInstance(FakeActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> call(method, args));
    }

    /** Calls this fake's method that stands for {@code method} of Active Objects. */
    Object call(Method method, Object[] args) throws Throwable {
        Method own;
        try {
            own = method.getDeclaringClass() == Object.class ? method
                    : FakeActiveObjects.class.getDeclaredMethod(method.getName(), method.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new UnsupportedOperationException("not in the fake database: " + method);
        }
        try {
            return own.invoke(this, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Tables come into being when first written: there is no schema to migrate. */
    public void migrate(Class<? extends RawEntity<?>>... entities) {
    }

    synchronized int rows(Class<?> type) {
        return table(type).size();
    }

    public synchronized <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        if (failCreateAfter == 0) {
            failCreateAfter = -1;
            throw new IllegalStateException("database gone");
        }
        if (failCreateAfter > 0) {
            failCreateAfter--;
        }
        params.forEach((column, value) -> checkLength(type, column, value));
        Map<String, Object> row = new LinkedHashMap<>(params);
        row.put("ID", nextId++);
        table(type).add(row);
        return proxy(type, row);
    }

    public synchronized void delete(RawEntity<?>... entities) {
        for (RawEntity<?> e : entities) {
            Row handler = (Row) Proxy.getInvocationHandler(e);
            tables.values().forEach(t -> t.removeIf(r -> r.get("ID").equals(handler.row.get("ID"))));
        }
    }

    public synchronized <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return select(type, row -> true);
    }

    public synchronized <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return select(type, row -> matches(row, criteria, parameters));
    }

    public synchronized <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        int n = 0;
        for (Map<String, Object> row : table(type)) {
            n += matches(row, criteria, parameters) ? 1 : 0;
        }
        return n;
    }

    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        Map<Class<?>, List<Map<String, Object>>> before = copy();
        try {
            return callback.doInTransaction();
        } catch (RuntimeException e) {
            synchronized (this) {
                tables = before;
            }
            throw e;
        }
    }

    private synchronized Map<Class<?>, List<Map<String, Object>>> copy() {
        Map<Class<?>, List<Map<String, Object>>> copy = new HashMap<>();
        tables.forEach((type, rows) -> {
            List<Map<String, Object>> list = new ArrayList<>();
            rows.forEach(r -> list.add(new LinkedHashMap<>(r)));
            copy.put(type, list);
        });
        return copy;
    }

    /**
     * As the database would: a text column holds 255 characters unless its getter says
     * {@code @StringLength(UNLIMITED)}.
     */
    private static void checkLength(Class<?> type, String column, Object value) {
        if (!(value instanceof String) || ((String) value).length() <= 255) {
            return;
        }
        for (Method m : type.getMethods()) {
            net.java.ao.schema.StringLength length = m.getAnnotation(net.java.ao.schema.StringLength.class);
            if (m.getName().startsWith("get") && Row.column(m.getName().substring(3)).equals(column)
                    && length != null && length.value() == net.java.ao.schema.StringLength.UNLIMITED) {
                return;
            }
        }
        throw new IllegalStateException("value too long for " + type.getSimpleName() + "." + column);
    }

    private List<Map<String, Object>> table(Class<?> type) {
        return tables.computeIfAbsent(type, t -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private <T> T[] select(Class<T> type, java.util.function.Predicate<Map<String, Object>> filter) {
        List<T> found = new ArrayList<>();
        for (Map<String, Object> row : table(type)) {
            if (filter.test(row)) {
                found.add(proxy(type, row));
            }
        }
        return found.toArray((T[]) Array.newInstance(type, 0));
    }

    private static boolean matches(Map<String, Object> row, String criteria, Object[] parameters) {
        String[] terms = criteria.split(" AND ");
        if (terms.length != parameters.length) {
            throw new IllegalArgumentException("parameters do not match " + criteria);
        }
        for (int i = 0; i < terms.length; i++) {
            String[] parts = terms[i].trim().split(" ");
            String column = parts[0].replace("\"", "");
            String op = parts[1];
            if (!parts[2].equals("?")) {
                throw new IllegalArgumentException("unsupported criteria " + criteria);
            }
            Object value = row.get(column);
            int c = value instanceof Number && parameters[i] instanceof Number // as the database compares them
                    ? Long.compare(((Number) value).longValue(), ((Number) parameters[i]).longValue())
                    : String.valueOf(value).compareTo(String.valueOf(parameters[i]));
            boolean ok = op.equals("=") ? c == 0 : op.equals(">=") ? c >= 0 : op.equals(">") ? c > 0
                    : op.equals("<") ? c < 0 : op.equals("<>") ? value != null && c != 0 : fail(criteria);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean fail(String criteria) {
        throw new IllegalArgumentException("unsupported operator in " + criteria);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Map<String, Object> row) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, new Row(row));
    }

    /** An entity's getters and setters over its row; column names as Active Objects derives them. */
    private static final class Row implements InvocationHandler {
        final Map<String, Object> row;

        Row(Map<String, Object> row) {
            this.row = row;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            String name = method.getName();
            if (name.equals("getID")) {
                return row.get("ID");
            }
            if (name.equals("save")) {
                return null;
            }
            if (name.equals("hashCode")) {
                return row.get("ID").hashCode();
            }
            if (name.equals("equals")) {
                return args[0] != null && Proxy.isProxyClass(args[0].getClass())
                        && ((Row) Proxy.getInvocationHandler(args[0])).row.get("ID").equals(row.get("ID"));
            }
            if (name.equals("toString")) {
                return row.toString();
            }
            if (name.startsWith("get")) {
                return row.get(column(name.substring(3)));
            }
            if (name.startsWith("set")) {
                row.put(column(name.substring(3)), args[0]);
                return null;
            }
            throw new UnsupportedOperationException(name);
        }

        private static String column(String property) {
            return property.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        }
    }
}
