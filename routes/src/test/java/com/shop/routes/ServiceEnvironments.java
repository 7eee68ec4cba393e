package com.shop.routes;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.util.Map;

/** A service's environment as ShopDefaults leaves it, with {@code variables} as its only environment variables. */
final class ServiceEnvironments {

    private ServiceEnvironments() {
    }

    static StandardEnvironment withVariables(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addLast(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        new ShopDefaults().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
