package com.shop.kafka;

import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRegistryTest {

    private static final String EVENTS_PACKAGE = "com.shop.kafka.events";

    @Test
    void everyTopLevelRecordOfTheEventsPackageIsRegistered() throws IOException {
        List<Class<?>> records = recordsOfTheEventsPackage();
        Set<Class<?>> parts = records.stream()
                .flatMap(type -> Arrays.stream(type.getRecordComponents()))
                .flatMap(component -> typesIn(component.getGenericType()))
                .collect(Collectors.toSet());
        Set<Class<?>> registered = EventTypes.all().stream().map(EventType::javaType).collect(Collectors.toSet());

        assertThat(records).as("records found in " + EVENTS_PACKAGE).hasSizeGreaterThan(registered.size());
        assertThat(records.stream().filter(type -> !parts.contains(type)))
                .as("records no other record is made of are events or commands, so they must be in EventTypes")
                .allSatisfy(type -> assertThat(registered).contains(type));
        assertThat(registered).as("an event is never a part of another").doesNotContainAnyElementsOf(parts);
    }

    @Test
    void ceTypesNameTheAreaAndTheRecordAndAreUnique() {
        assertThat(EventTypes.all()).allSatisfy(type -> assertThat(type.ceType())
                .matches("com\\.shop\\.(user|order|inventory|payment|notification)\\." + type.javaType().getSimpleName()));
        Set<String> ceTypes = new HashSet<>();
        assertThat(EventTypes.all()).allSatisfy(type -> assertThat(ceTypes.add(type.ceType())).isTrue());
    }

    @Test
    void everyTopicCarriesAtLeastOneType() {
        assertThat(Topic.values()).allSatisfy(topic -> assertThat(EventTypes.onTopic(topic)).isNotEmpty());
        assertThat(EventTypes.onTopic(Topic.ORDERS_EVENTS)).extracting(EventType::ceType).containsExactly(
                "com.shop.order.OrderPlaced", "com.shop.order.OrderConfirmed", "com.shop.order.OrderCancelled");
    }

    @Test
    void looksTypesUpByCeTypeAndByRecord() {
        EventType orderPlaced = EventTypes.of(OrderPlaced.class);

        assertThat(orderPlaced).isEqualTo(new EventType("com.shop.order.OrderPlaced", OrderPlaced.class,
                Topic.ORDERS_EVENTS, "schemas/OrderPlaced.schema.json"));
        assertThat(EventTypes.byCeType("com.shop.order.OrderPlaced")).contains(orderPlaced);
        assertThat(EventTypes.byCeType("com.shop.order.OrderShipped")).isEmpty();
        assertThat(EventTypes.byCeType(null)).isEmpty();
        assertThatThrownBy(() -> EventTypes.of(OrderLine.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderLine is not a registered event or command type");
    }

    @Test
    void topicsAreFoundByNameAndHaveADeadLetterTopic() {
        assertThat(Topic.byName("orders.events")).contains(Topic.ORDERS_EVENTS);
        assertThat(Topic.byName("orders.events.DLT")).isEmpty();
        assertThat(Topic.ORDERS_EVENTS.deadLetterTopic()).isEqualTo("orders.events.DLT");
        assertThat(Arrays.stream(Topic.values()).filter(Topic::inbound))
                .containsExactly(Topic.ORDERS_INBOUND, Topic.INVENTORY_RESTOCK);
    }

    @Test
    void onlyUsersEventsIsCompactedAndDeadLettersAreDeletedAfterTwoWeeks() {
        assertThat(Arrays.stream(Topic.values()).filter(topic -> topic.retention() instanceof Retention.Compacted))
                .containsExactly(Topic.USERS_EVENTS);
        assertThat(Topic.values()).allSatisfy(topic ->
                assertThat(topic.deadLetterRetention()).isEqualTo(Retention.deleteAfter(Duration.ofDays(14))));
    }

    @Test
    void everyRecordOnUsersEventsCarriesTheAccountsWholeContactState() {
        Set<String> registered = componentNames(UserRegistered.class);
        registered.removeAll(Set.of("roles", "registeredAt"));
        Set<String> updated = componentNames(UserUpdated.class);
        updated.remove("updatedAt");

        assertThat(updated).as("compaction keeps only an account's latest record: a UserUpdated must carry all a"
                + " UserRegistered told").isEqualTo(registered);
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).collect(Collectors.toCollection(HashSet::new));
    }

    private static List<Class<?>> recordsOfTheEventsPackage() throws IOException {
        Resource[] classFiles = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + EVENTS_PACKAGE.replace('.', '/') + "/*.class");
        return Arrays.stream(classFiles)
                .map(Resource::getFilename)
                .filter(name -> name != null && !name.contains("$"))
                .<Class<?>>map(name -> load(EVENTS_PACKAGE + "." + name.substring(0, name.length() - ".class".length())))
                .filter(Class::isRecord)
                .toList();
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Stream<Class<?>> typesIn(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).flatMap(EventRegistryTest::typesIn);
        }
        return type instanceof Class<?> plain ? Stream.of(plain) : Stream.empty();
    }
}
