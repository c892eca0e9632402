package org.imc.platform.base.db;

import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Whether Liquibase loads the demo data (its "demo" context: users who sign in with the password
 * "demo"). Never in the prod profile; otherwise as {@code imc.demo-data} ({@code IMC_DEMO_DATA})
 * says, and when that is not set only on the embedded database — a database server gets demo
 * users only when somebody asked for them.
 */
@Component
class DemoData implements BeanPostProcessor, EnvironmentAware {

    static final String PROPERTY = "imc.demo-data";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase) {
            liquibase.setContexts(wanted(environment) ? "schema,demo" : "schema");
        }
        return bean;
    }

    static boolean wanted(Environment environment) {
        if (environment.matchesProfiles("prod")) {
            return false;
        }
        String asked = environment.getProperty(PROPERTY, "");
        if (StringUtils.hasText(asked)) {
            return Boolean.parseBoolean(asked.strip());
        }
        return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }
}
