package org.imc.platform.base.db;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.Ordered;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.env.Environment;

/**
 * Applies {@link OneAtATime}: one fair, re-entrant lock per row, taken outside the transaction
 * (its advisor is ordered just before the transaction advisor, after method security, so a
 * caller who may not act never queues) and released after the commit. Locks of rows nobody is
 * waiting for are dropped, so the map holds only rows in use.
 */
public final class OneAtATimeAdmission implements MethodInterceptor {

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final ParameterNameDiscoverer names = new DefaultParameterNameDiscoverer();
    private final Duration patience;

    public OneAtATimeAdmission(Duration patience) {
        this.patience = patience;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        String key = key(invocation);
        Lane lane = enter(key);
        try {
            if (!lane.lock.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new QueueTooLong(key);
            }
            try {
                return invocation.proceed();
            } finally {
                lane.lock.unlock();
            }
        } finally {
            leave(key);
        }
    }

    /** How many rows have callers inside or waiting right now. */
    int rowsInUse() {
        return lanes.size();
    }

    private String key(MethodInvocation invocation) {
        Method method = invocation.getMethod();
        OneAtATime row = AnnotationUtils.findAnnotation(method, OneAtATime.class);
        if (row == null && invocation.getThis() != null) {
            row = AnnotationUtils.findAnnotation(
                    org.springframework.aop.support.AopUtils.getMostSpecificMethod(
                            method, invocation.getThis().getClass()),
                    OneAtATime.class);
        }
        Objects.requireNonNull(row, "no @OneAtATime on " + method);
        if (row.key().isEmpty()) {
            return row.value();
        }
        String[] parameters = names.getParameterNames(method);
        if (parameters != null) {
            for (int i = 0; i < parameters.length; i++) {
                if (parameters[i].equals(row.key())) {
                    return row.value() + ":" + invocation.getArguments()[i];
                }
            }
        }
        throw new IllegalStateException("@OneAtATime names no parameter '" + row.key() + "' of " + method);
    }

    private Lane enter(String key) {
        return lanes.compute(key, (k, lane) -> {
            Lane l = lane == null ? new Lane() : lane;
            l.users++;
            return l;
        });
    }

    private void leave(String key) {
        lanes.computeIfPresent(key, (k, lane) -> --lane.users == 0 ? null : lane);
    }

    private static final class Lane {
        final ReentrantLock lock = new ReentrantLock(true);
        int users; // changed only inside ConcurrentHashMap.compute for this key
    }

    /** A caller waited longer than the patience for its turn on a row: the platform is overloaded. */
    public static final class QueueTooLong extends RuntimeException {
        QueueTooLong(String row) {
            super("Waited too long for " + row);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Advising {

        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static OneAtATimeAdmission oneAtATimeAdmission(Environment environment) {
            return new OneAtATimeAdmission(Binder.get(environment)
                    .bind("imc.db.busy-wait", Duration.class)
                    .orElse(Duration.ofSeconds(30)));
        }

        /** Just outside the transaction advisor (lowest precedence), inside method security. */
        @Bean
        @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
        static DefaultPointcutAdvisor oneAtATimeAdvisor(OneAtATimeAdmission admission) {
            DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                    AnnotationMatchingPointcut.forMethodAnnotation(OneAtATime.class), admission);
            advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
            return advisor;
        }
    }
}
