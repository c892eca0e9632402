package org.imc.platform.scale;

import org.imc.platform.directory.MunicipalityService;
import org.imc.platform.fund.PortfolioService;
import org.imc.platform.learning.EnrolmentService;
import org.imc.platform.twinning.PartnerFinder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Added to the application by {@link ScaleApplication}. The scale tasks exist only when asked for
 * on the command line:
 * {@code --imc.scale.generate=true}, {@code --imc.scale.benchmark=true},
 * {@code --imc.scale.benchmark-twinning=true}, {@code --imc.scale.benchmark-enrolment=true},
 * {@code --imc.scale.generate-fund=true}, {@code --imc.scale.benchmark-portfolio=true} or
 * {@code --imc.scale.report-startup=true}, optionally with {@code --imc.scale.exit=true}.
 * Other tests never create these beans (they also find this class when they scan the test
 * classes, and the condition keeps it out).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ScaleConfiguration.ScaleTaskRequested.class)
@EnableConfigurationProperties(ScaleProperties.class)
class ScaleConfiguration {

    @Bean
    ScaleDataGenerator scaleDataGenerator(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            PasswordEncoder passwordEncoder,
            ScaleProperties properties,
            Environment environment) {
        return new ScaleDataGenerator(jdbc, transactionManager, passwordEncoder, properties, environment);
    }

    @Bean
    DirectoryBenchmark directoryBenchmark(
            MunicipalityService municipalities, JdbcTemplate jdbc, ScaleProperties properties) {
        return new DirectoryBenchmark(municipalities, jdbc, properties);
    }

    @Bean
    EnrolmentBenchmark enrolmentBenchmark(EnrolmentService enrolments, JdbcTemplate jdbc, ScaleProperties properties) {
        return new EnrolmentBenchmark(enrolments, jdbc, properties);
    }

    @Bean
    TwinningBenchmark twinningBenchmark(PartnerFinder finder, JdbcTemplate jdbc, ScaleProperties properties) {
        return new TwinningBenchmark(finder, jdbc, properties);
    }

    @Bean
    FundScaleData fundScaleData(
            JdbcTemplate jdbc, PlatformTransactionManager transactionManager, ScaleProperties properties) {
        return new FundScaleData(jdbc, transactionManager, properties);
    }

    @Bean
    CrowdPreparation crowdPreparation(JdbcTemplate jdbc) {
        return new CrowdPreparation(jdbc);
    }

    @Bean
    PortfolioBenchmark portfolioBenchmark(
            PortfolioService portfolio,
            JdbcTemplate jdbc,
            ScaleProperties properties,
            org.springframework.context.ApplicationContext context) {
        return new PortfolioBenchmark(portfolio, jdbc, properties, context);
    }

    @Bean
    PracticeScaleData practiceScaleData(JdbcTemplate jdbc) {
        return new PracticeScaleData(jdbc);
    }

    @Bean
    PracticeBenchmark practiceBenchmark(org.imc.platform.practice.PracticeService practices) {
        return new PracticeBenchmark(practices);
    }

    @Bean
    ScaleTasks scaleTasks(
            ScaleProperties properties,
            ScaleDataGenerator generator,
            DirectoryBenchmark benchmark,
            EnrolmentBenchmark enrolmentBenchmark,
            TwinningBenchmark twinningBenchmark,
            FundScaleData fundData,
            PortfolioBenchmark portfolioBenchmark,
            CrowdPreparation crowds,
            PracticeScaleData practiceData,
            PracticeBenchmark practiceBenchmark,
            ConfigurableApplicationContext context) {
        return new ScaleTasks(
                properties,
                generator,
                benchmark,
                enrolmentBenchmark,
                twinningBenchmark,
                fundData,
                portfolioBenchmark,
                crowds,
                practiceData,
                practiceBenchmark,
                context);
    }

    /** True when at least one scale task is switched on. */
    static class ScaleTaskRequested implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment env = context.getEnvironment();
            return isOn(env, "imc.scale.generate")
                    || isOn(env, "imc.scale.benchmark")
                    || isOn(env, "imc.scale.report-startup")
                    || isOn(env, "imc.scale.benchmark-enrolment")
                    || isOn(env, "imc.scale.benchmark-twinning")
                    || isOn(env, "imc.scale.generate-fund")
                    || isOn(env, "imc.scale.benchmark-portfolio")
                    || isOn(env, "imc.scale.prepare-crowds")
                    || isOn(env, "imc.scale.generate-practices")
                    || isOn(env, "imc.scale.benchmark-practices");
        }

        private static boolean isOn(Environment env, String key) {
            return env.getProperty(key, Boolean.class, false);
        }
    }
}
