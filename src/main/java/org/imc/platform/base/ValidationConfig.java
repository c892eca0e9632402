package org.imc.platform.base;

import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocaleContextMessageInterpolator;

/**
 * Spring's validator (used for {@code @Validated} services) sets its own message interpolator,
 * which ignores {@code META-INF/validation.xml}. Give it the translations bundle too, so a
 * service refusing a value reports the same sentence as the form field.
 */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

    @Bean
    ValidationConfigurationCustomizer translatedValidationMessages() {
        return configuration -> configuration.messageInterpolator(
                new LocaleContextMessageInterpolator(new TranslationsMessageInterpolator()));
    }
}
