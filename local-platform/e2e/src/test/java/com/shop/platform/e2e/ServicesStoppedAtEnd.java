package com.shop.platform.e2e;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops the service processes when the last test class has run, while this JVM's Kafka and PostgreSQL still
 * run. Left to the JVM's shutdown hooks, the services stopped while the broker went away beside them, waited
 * for it on in-flight records, and held the test JVM past the time the build allows it to exit.
 */
final class ServicesStoppedAtEnd implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(ServicesStoppedAtEnd.class,
                key -> (ExtensionContext.Store.CloseableResource) RunningServices.get()::stopAll,
                ExtensionContext.Store.CloseableResource.class);
    }
}
