package org.dangjian.kit.security.scope;

import java.lang.reflect.Method;
import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.annotation.AnnotatedElementUtils;

/** Opens {@link DataScope#unscoped} around calls of beans' methods (or classes) marked {@link Unscoped}. */
public class UnscopedAdvisor extends AbstractPointcutAdvisor {
    private final transient Pointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Unscoped.class, true))
            .union(new AnnotationMatchingPointcut(null, Unscoped.class, true));
    private final transient MethodInterceptor interceptor = UnscopedAdvisor::invoke;

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return interceptor;
    }

    private static Object invoke(MethodInvocation invocation) throws Throwable {
        Class<?> target = invocation.getThis() == null ? invocation.getMethod().getDeclaringClass()
                : invocation.getThis().getClass();
        String reason = reasonOf(invocation.getMethod(), target);
        try {
            return DataScope.unscoped(reason, () -> {
                try {
                    return invocation.proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable t) {
                    throw new Carried(t);
                }
            });
        } catch (Carried carried) {
            throw carried.getCause();
        }
    }

    static String reasonOf(Method method, Class<?> targetClass) {
        Unscoped unscoped = AnnotatedElementUtils.findMergedAnnotation(method, Unscoped.class);
        if (unscoped == null) {
            unscoped = AnnotatedElementUtils.findMergedAnnotation(targetClass, Unscoped.class);
        }
        return unscoped == null ? "declared on " + targetClass.getName() : unscoped.value();
    }

    /** Carries a checked throwable through the supplier unchanged. */
    private static final class Carried extends RuntimeException {
        Carried(Throwable cause) {
            super(cause);
        }
    }
}
