package com.shop.gateway.deployment;

import com.shop.kafka.TopicProvisioningProperties;
import com.shop.routes.security.ShopSecurityProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment variables a module reads, for the checks that a deployment gives a service nothing it
 * ignores: placeholders in its application*.yml and in the shared defaults, names its code looks up, and
 * variables Spring binds by relaxed binding onto the shared settings records.
 */
public final class VariablesRead {

    private static final Path SHARED_DEFAULTS = Repository.path("routes/src/main/java/com/shop/routes/ShopDefaults.java");
    /** The settings records every service shares, which a deployment sets by relaxed binding rather than by a placeholder. */
    private static final List<Class<? extends Record>> SHARED_SETTINGS = List.of(ShopSecurityProperties.class,
            TopicProvisioningProperties.class);

    private VariablesRead() {
    }

    /** Every variable named by a placeholder or a quoted lookup in the module or the shared defaults. */
    public static Set<String> by(Path module) {
        Set<String> read = new TreeSet<>(Repository.placeholdersIn(SHARED_DEFAULTS));
        read.addAll(Repository.placeholders(module));
        read.addAll(Repository.quotedNames(module));
        return read;
    }

    /** Whether Spring binds the variable onto a component of a shared settings record, as SHOP_SECURITY_JWKS_URI sets jwks-uri. */
    public static boolean bindsToSharedSettings(String variable, String value) {
        Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, value))));
        return SHARED_SETTINGS.stream().anyMatch(settings -> {
            String prefix = settings.getAnnotation(ConfigurationProperties.class).value();
            return Arrays.stream(settings.getRecordComponents())
                    .anyMatch(component -> binder.bind(prefix + "." + kebab(component.getName()), String.class).isBound());
        });
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
