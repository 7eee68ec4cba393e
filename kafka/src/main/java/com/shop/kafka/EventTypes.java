package com.shop.kafka;

import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.InboundOrder;
import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.NotificationFailed;
import com.shop.kafka.events.NotificationSent;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.RefundPayment;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReserveStock;
import com.shop.kafka.events.RestockDelivery;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every event and command type: the one place a new type is added. */
public final class EventTypes {

    private static final List<EventType> ALL = List.of(
            define("user", UserRegistered.class, Topic.USERS_EVENTS),
            define("user", UserUpdated.class, Topic.USERS_EVENTS),
            define("order", OrderPlaced.class, Topic.ORDERS_EVENTS),
            define("order", OrderConfirmed.class, Topic.ORDERS_EVENTS),
            define("order", OrderCancelled.class, Topic.ORDERS_EVENTS),
            define("inventory", ReserveStock.class, Topic.INVENTORY_COMMANDS),
            define("inventory", ReleaseStock.class, Topic.INVENTORY_COMMANDS),
            define("inventory", StockReserved.class, Topic.INVENTORY_EVENTS),
            define("inventory", StockRejected.class, Topic.INVENTORY_EVENTS),
            define("inventory", StockReleased.class, Topic.INVENTORY_EVENTS),
            define("inventory", LowStock.class, Topic.INVENTORY_EVENTS),
            define("payment", AuthorizePayment.class, Topic.PAYMENTS_COMMANDS),
            define("payment", RefundPayment.class, Topic.PAYMENTS_COMMANDS),
            define("payment", PaymentAuthorized.class, Topic.PAYMENTS_EVENTS),
            define("payment", PaymentDeclined.class, Topic.PAYMENTS_EVENTS),
            define("payment", PaymentRefunded.class, Topic.PAYMENTS_EVENTS),
            define("notification", NotificationSent.class, Topic.NOTIFICATIONS_EVENTS),
            define("notification", NotificationFailed.class, Topic.NOTIFICATIONS_EVENTS),
            define("order", InboundOrder.class, Topic.ORDERS_INBOUND),
            define("inventory", RestockDelivery.class, Topic.INVENTORY_RESTOCK));

    private static final Map<String, EventType> BY_CE_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::ceType, Function.identity()));
    private static final Map<Class<?>, EventType> BY_JAVA_TYPE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::javaType, Function.identity()));

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    public static EventType of(Class<?> javaType) {
        EventType type = javaType == null ? null : BY_JAVA_TYPE.get(javaType);
        if (type == null) {
            throw new IllegalArgumentException(javaType + " is not a registered event or command type");
        }
        return type;
    }

    public static List<EventType> onTopic(Topic topic) {
        return ALL.stream().filter(type -> type.topic() == topic).toList();
    }

    private static EventType define(String area, Class<? extends Record> javaType, Topic topic) {
        String name = javaType.getSimpleName();
        return new EventType("com.shop." + area + "." + name, javaType, topic, "schemas/" + name + ".schema.json");
    }
}
