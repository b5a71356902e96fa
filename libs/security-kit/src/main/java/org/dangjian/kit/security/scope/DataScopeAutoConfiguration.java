package org.dangjian.kit.security.scope;

import com.baomidou.mybatisplus.annotation.DbType;
import com.baomidou.mybatisplus.extension.plugins.MybatisPlusInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.DataPermissionInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.OptimisticLockerInnerInterceptor;
import com.baomidou.mybatisplus.extension.plugins.inner.PaginationInnerInterceptor;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Role;

/**
 * MyBatis-Plus interceptors: optimistic locking for {@code @Version} fields (two approvers acting at
 * once cannot both win), then data scope, so that the page count is counted within scope too, then
 * pagination last. Scope is denied by default to work without a caller; {@link Unscoped} opens it.
 */
@AutoConfiguration
public class DataScopeAutoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    MybatisPlusInterceptor mybatisPlusInterceptor() {
        ParsedStatements.keep();
        MybatisPlusInterceptor interceptor = new MybatisPlusInterceptor();
        interceptor.addInnerInterceptor(new OptimisticLockerInnerInterceptor());
        interceptor.addInnerInterceptor(new DataPermissionInterceptor(new OrgPathScope()));
        PaginationInnerInterceptor pagination = new PaginationInnerInterceptor(DbType.MYSQL);
        pagination.setMaxLimit(500L);
        interceptor.addInnerInterceptor(pagination);
        return interceptor;
    }

    /** Opens the scope opt-out around beans' methods marked {@code @Unscoped}. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static UnscopedAdvisor unscopedAdvisor() {
        return new UnscopedAdvisor();
    }
}
