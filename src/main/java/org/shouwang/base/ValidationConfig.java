package org.shouwang.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * The services' validator speaks as the forms' binders do: Spring Boot's own would set its default
 * interpolator over {@code META-INF/validation.xml} and leave {@code {validation.code}} unresolved.
 */
@Configuration
public class ValidationConfig {

    @Bean
    public static LocalValidatorFactoryBean defaultValidator() {
        LocalValidatorFactoryBean factory = new LocalValidatorFactoryBean();
        factory.setMessageInterpolator(new TranslatedValidationMessages());
        return factory;
    }
}
