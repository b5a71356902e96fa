package org.dangjian.kit.figures;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;

/**
 * Every insert, update or delete the service runs through MyBatis retires the cached figures. Writes through plain
 * JDBC outside an event's handling (a batch import) call {@link FiguresGeneration#changed()} themselves.
 */
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class WritesRetireFigures implements Interceptor {
    private final FiguresGeneration generation;

    WritesRetireFigures(FiguresGeneration generation) {
        this.generation = generation;
    }

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        generation.changed();
        return result;
    }
}
