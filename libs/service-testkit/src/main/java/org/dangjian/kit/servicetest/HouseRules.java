package org.dangjian.kit.servicetest;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import org.dangjian.kit.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RestController;

/**
 * The house rules of docs/architecture.md as ArchUnit rules over a service's compiled classes, so that
 * a reviewer need not remember them. {@link HouseRulesTest} runs them in every service's build; each
 * rule has a test of its own in which a violating fixture makes it fail.
 */
public final class HouseRules {
    /** Packages under org.dangjian that every service may use: the kits and the contracts. */
    private static final List<String> SHARED = List.of("org.dangjian.kit.", "org.dangjian.contracts.", "org.dangjian.auth.contract.");
    /** The only place a zone may be named: the setting {@code dj.time-zone}. */
    public static final String ZONE_SETTING = "${dj.time-zone}";
    /** Where a provider's wire format fixes the zone (an SMS delivery report stamped in Beijing time). */
    public static final String WIRE_FORMAT_ZONE = "org.dangjian.kit.web.time.WireFormatZone";

    private HouseRules() {
    }

    /** All rules for a service whose classes live under {@code rootPackage} (e.g. {@code org.dangjian.points}). */
    public static List<ArchRule> all(String rootPackage) {
        return List.of(servicesStayApart(rootPackage), dataIsReadTwoWaysOnly(), controllersHoldNoDataAccess(), nowComesFromTheClock(),
                zonesComeFromTheSetting(), rightsAreDeclared(), featurePackagesAreFreeOfCycles(rootPackage));
    }

    /** A service imports no other service's package: services meet only in contracts and over HTTP. */
    public static ArchRule servicesStayApart(String rootPackage) {
        String own = rootPackage + ".";
        DescribedPredicate<JavaClass> anotherService = describe("another service's classes", c -> {
            String name = c.getName();
            return name.startsWith("org.dangjian.") && !name.startsWith(own)
                    && SHARED.stream().noneMatch(name::startsWith);
        });
        return noClasses().that().resideInAPackage(rootPackage + "..")
                .should().dependOnClassesThat(anotherService)
                .because("services depend on kits and contracts only, never on each other");
    }

    /**
     * One way per kind of work: entities and their queries through MyBatis-Plus mappers (which the data
     * scope sees), {@code JdbcClient} for bulk and reporting SQL (scoped with ScopedSql), and
     * {@code JdbcTemplate.batchUpdate} only for what JdbcClient cannot do: one batch of many rows.
     */
    public static ArchRule dataIsReadTwoWaysOnly() {
        DescribedPredicate<JavaMethodCall> beyondBatches = describe("JdbcTemplate beyond batchUpdate", call ->
                call.getTargetOwner().isAssignableTo(JdbcTemplate.class) && !call.getName().equals("batchUpdate"));
        ArchRule noNamed = noClasses().should().dependOnClassesThat().areAssignableTo(NamedParameterJdbcTemplate.class)
                .because("data access is MyBatis-Plus mappers for entities and JdbcClient for bulk and reporting SQL");
        ArchRule batchesOnly = noClasses().should().callMethodWhere(beyondBatches)
                .because("JdbcTemplate is only for batchUpdate, which JdbcClient lacks; read with mappers or JdbcClient");
        return CompositeArchRule.of(noNamed).and(batchesOnly);
    }

    /** Controllers parse, authorise and answer: SQL and mappers live in the feature's service or query classes. */
    public static ArchRule controllersHoldNoDataAccess() {
        DescribedPredicate<JavaClass> dataAccess = describe("SQL or mapper types", c ->
                c.isAssignableTo(JdbcTemplate.class) || c.isAssignableTo(NamedParameterJdbcTemplate.class)
                        || c.isAssignableTo(JdbcClient.class) || c.isAssignableTo(BaseMapper.class)
                        || c.isAssignableTo(javax.sql.DataSource.class));
        return noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat(dataAccess)
                .because("controllers parse, authorise and answer; queries belong to the feature's classes");
    }

    /** Every "now" comes from the injected Clock, so that "today" is the users' date and tests can fix it. */
    public static ArchRule nowComesFromTheClock() {
        Set<Class<?>> temporal = Set.of(LocalDate.class, LocalDateTime.class, LocalTime.class, Instant.class,
                ZonedDateTime.class, OffsetDateTime.class, Year.class, YearMonth.class, MonthDay.class);
        DescribedPredicate<JavaMethodCall> clockless = describe("now() without a clock, or the system clock", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean noArgs = call.getTarget().getRawParameterTypes().isEmpty();
            return (noArgs && name.equals("now") && temporal.stream().anyMatch(t -> t.getName().equals(owner)))
                    || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"))
                    || (owner.equals(Clock.class.getName()) && (name.equals("systemUTC") || name.equals("systemDefaultZone")));
        });
        return noClasses().should().callMethodWhere(clockless)
                .because("every now and today comes from the injected java.time.Clock (dj.time-zone)");
    }

    /** The zone is {@code dj.time-zone}: no zone named in code, nor taken from the server. */
    public static ArchRule zonesComeFromTheSetting() {
        DescribedPredicate<JavaMethodCall> zoneByName = describe("a zone named in code or taken from the server", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            return (owner.equals(ZoneId.class.getName()) && (name.equals("of") || name.equals("systemDefault")))
                    || (owner.equals(TimeZone.class.getName()) && (name.equals("getTimeZone") || name.equals("getDefault")));
        });
        ArchRule noZoneCalls = noClasses().that(describe("are not marked as a provider's wire format",
                        (JavaClass c) -> !c.isAnnotatedWith(WIRE_FORMAT_ZONE)))
                .should().callMethodWhere(zoneByName)
                .because("the users' zone is the setting dj.time-zone (clock.getZone()); a provider's fixed zone is"
                        + " marked @WireFormatZone");
        // A zone only places a cron schedule's times of day; a fixed delay (a flush every second) has none.
        ArchRule scheduledZone = methods().that().areAnnotatedWith(Scheduled.class)
                .should(new ArchCondition<JavaMethod>("run in the zone " + ZONE_SETTING + " when on a cron schedule") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Scheduled scheduled = method.getAnnotationOfType(Scheduled.class);
                        String zone = scheduled.zone();
                        if (!scheduled.cron().isEmpty() && !zone.equals(ZONE_SETTING)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                    + " runs in zone '" + zone + "' instead of " + ZONE_SETTING));
                        }
                    }
                })
                .allowEmptyShould(true); // a service without jobs keeps the rule
        return CompositeArchRule.of(noZoneCalls).and(scheduledZone);
    }

    /**
     * Rights are declared with security-kit's named rules (the rights annotations, or CurrentUser's
     * isAdministrator() and friends), never as role tests or expressions of a service's own.
     */
    public static ArchRule rightsAreDeclared() {
        ArchRule noHasRole = noClasses().should().callMethod(CurrentUser.class, "hasRole", String.class)
                .because("role checks are the named rules of security-kit (rights annotations, CurrentUser.isAdministrator() ...)");
        DescribedPredicate<JavaAnnotation<?>> ownExpression = describe("a security expression of its own", a ->
                a.getRawType().isEquivalentTo(PreAuthorize.class) || a.getRawType().isEquivalentTo(PostAuthorize.class)
                        || a.getRawType().isEquivalentTo(Secured.class)
                        || a.getRawType().getName().equals("jakarta.annotation.security.RolesAllowed"));
        ArchRule noOwnExpressions = noMethods().should().beAnnotatedWith(ownExpression)
                .because("rights are security-kit's named rules: @CityAdminOnly, @Administrators, ...");
        ArchRule noOwnExpressionsOnClasses = noClasses().should().beAnnotatedWith(ownExpression)
                .because("rights are security-kit's named rules: @CityAdminOnly, @Administrators, ...");
        return CompositeArchRule.of(noHasRole).and(noOwnExpressions).and(noOwnExpressionsOnClasses);
    }

    /** Feature packages ({@code org.dangjian.points.dues}, ...) depend on each other without cycles. */
    public static ArchRule featurePackagesAreFreeOfCycles(String rootPackage) {
        return slices().matching(rootPackage + ".(*)..").should().beFreeOfCycles();
    }
}
