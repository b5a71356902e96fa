package org.dangjian.member.stats;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;

/**
 * Every insert, update or delete this service runs through MyBatis changes members or the tree they hang
 * in (the mappers hold nothing else), so each one retires the cached statistics. Writes through plain
 * JDBC (the import's batch insert, the path rewrite after an organisation moved) call
 * {@link StatsGeneration#changed()} themselves.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class MemberWritesInterceptor implements Interceptor {
    private final StatsGeneration generation;

    MemberWritesInterceptor(StatsGeneration generation) {
        this.generation = generation;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        generation.changed();
        return result;
    }
}
