package org.dangjian.kit.servicetest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.ClassUtils;

/**
 * Rule: every organisation path a service stores follows {@code org.moved}. A row keeps the path of the organisation
 * it belongs to, and the data scope reads it: a path left behind after a move shows the row to the old superiors'
 * administrators and hides it from the new ones (points-service's activities once did). The schema's columns named
 * {@code ...org_path} are compared with what the service's {@code OrgPathFollower}s (its own and its kits') rewrite,
 * observed by running them against a recording connection. A column whose comment starts with {@code historical:}
 * records where something stood at the time and says why it must not move (audit-kit's {@code actor_org_path}: an
 * append-only audit). Services without the org directory kit (org-service,
 * which moves its own rows with the tree) are skipped. Runs in every service's build, like the house rules.
 */
@BootstrapWith(ServiceUnderTest.class)
class OrgPathsFollowMovesTest extends ServiceApiTest {
    private static final String FOLLOWER = "org.dangjian.kit.orgs.OrgPathFollower";
    private static final Pattern UPDATE = Pattern.compile("UPDATE\\s+`?(\\w+)`?\\s+SET\\s+`?(\\w+)`?\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    @Test
    void every_stored_organisation_path_follows_a_move() throws Exception {
        assumeTrue(ClassUtils.isPresent(FOLLOWER, getClass().getClassLoader()), "no org directory kit here");
        Class<?> followerType = ClassUtils.forName(FOLLOWER, getClass().getClassLoader());
        // tables only: a view shows its tables' paths
        Set<String> stored = new TreeSet<>(jdbc.queryForList("SELECT CONCAT(LOWER(c.table_name), '.', LOWER(c.column_name))"
                + " FROM information_schema.columns c JOIN information_schema.tables t"
                + " ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                + " WHERE c.table_schema = DATABASE() AND c.column_name LIKE '%org\\_path'"
                + " AND c.column_comment NOT LIKE 'historical:%'", String.class));

        List<String> statements = new ArrayList<>();
        DataSource recording = recording(dataSource, statements);
        Method rewrite = followerType.getMethod("rewritePaths", String.class, String.class);
        for (Object bean : context.getBeansOfType(followerType).values()) {
            Object follower = AopTestUtils.getUltimateTargetObject(bean);
            Map<Field, Object> swapped = swapClients(follower, recording);
            try {
                rewrite.invoke(follower, "/0/", "/0/"); // no path starts with /0/: nothing changes
            } finally {
                restore(follower, swapped);
            }
        }
        Set<String> followed = new TreeSet<>();
        for (String sql : statements) {
            Matcher m = UPDATE.matcher(sql);
            if (m.find()) {
                followed.add(m.group(1).toLowerCase(Locale.ROOT) + "." + m.group(2).toLowerCase(Locale.ROOT));
            }
        }
        assertThat(followed)
                .as("organisation paths this service stores but no OrgPathFollower rewrites when an organisation moves"
                        + " (add SubtreePaths.move for them to a follower of the feature)")
                .containsAll(stored);
    }

    /** Points the follower's JDBC clients at the recording source; returns the fields with their old values. */
    private static Map<Field, Object> swapClients(Object follower, DataSource recording) throws IllegalAccessException {
        Map<Field, Object> swapped = new HashMap<>();
        for (Class<?> c = follower.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.getType() == JdbcClient.class || field.getType() == JdbcTemplate.class) {
                    field.setAccessible(true);
                    swapped.put(field, field.get(follower));
                    field.set(follower, field.getType() == JdbcClient.class ? JdbcClient.create(recording)
                            : new JdbcTemplate(recording));
                }
            }
        }
        assertThat(swapped).as(follower.getClass().getName() + " keeps no JdbcClient or JdbcTemplate to observe")
                .isNotEmpty();
        return swapped;
    }

    private static void restore(Object follower, Map<Field, Object> swapped) throws IllegalAccessException {
        for (Map.Entry<Field, Object> field : swapped.entrySet()) {
            field.getKey().set(follower, field.getValue());
        }
    }

    /** The service's data source, with every statement prepared on it written down first. */
    private static DataSource recording(DataSource real, List<String> statements) {
        InvocationHandler connections = (proxy, method, args) -> {
            if (method.getName().equals("getConnection")) {
                Connection connection = (Connection) method.invoke(real, args);
                return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                        (p, m, a) -> {
                            if ((m.getName().equals("prepareStatement") || m.getName().equals("prepareCall"))
                                    && a != null && a[0] instanceof String sql) {
                                statements.add(sql);
                            }
                            return invoke(m, connection, a);
                        });
            }
            return invoke(method, real, args);
        };
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, connections);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
