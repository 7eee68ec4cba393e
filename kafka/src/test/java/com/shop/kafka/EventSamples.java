package com.shop.kafka;

import com.shop.kafka.events.Address;
import com.shop.kafka.events.AuthorizePayment;
import com.shop.kafka.events.InboundOrder;
import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.NotificationFailed;
import com.shop.kafka.events.NotificationSent;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderLine;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentDeclined;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.RefundPayment;
import com.shop.kafka.events.ReleaseStock;
import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ReserveStock;
import com.shop.kafka.events.RestockDelivery;
import com.shop.kafka.events.ShortLine;
import com.shop.kafka.events.StockRejected;
import com.shop.kafka.events.StockReleased;
import com.shop.kafka.events.StockReserved;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.shop.kafka.events.NotificationChannel.EMAIL;
import static com.shop.kafka.events.NotificationChannel.PUSH;
import static com.shop.kafka.events.NotificationChannel.SMS;

/** One realistic instance of every event and command type, as the services would produce it. */
final class EventSamples {

    static final String USER_ID = "5d0f8f5e-3b7a-4c1e-9a55-2f7e1c9b0d41";
    static final String ORDER_ID = "9b2e4c71-0f3d-4a8e-b6c5-7d1a2e3f4b50";
    static final String PAYMENT_ID = "c3a1f0d2-6e4b-4f8a-9c7d-1b2e3f4a5d60";
    static final String NOTIFICATION_ID = "e7d6c5b4-a392-4817-8f6e-5d4c3b2a1f09";
    static final String EVENT_ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    static final Instant NOW = Instant.parse("2025-03-14T09:26:53.589Z");
    static final Address ADDRESS = new Address("Ada Lovelace", "12 St James's Square", null, "London", "SW1Y 4JH", "GB");
    static final List<OrderLine> ORDER_LINES = List.of(
            new OrderLine("KB-MX-BLUE", 1, new BigDecimal("89.90")),
            new OrderLine("USB-C-2M", 2, new BigDecimal("9.50")));
    static final BigDecimal TOTAL = new BigDecimal("108.90");
    static final List<ReservationLine> RESERVATION_LINES = List.of(
            new ReservationLine("KB-MX-BLUE", 1),
            new ReservationLine("USB-C-2M", 2));

    private static final Map<Class<?>, Record> BY_TYPE = Stream.<Record>of(
            new UserRegistered(USER_ID, "ada@example.com", "Ada Lovelace", "+447700900123", null,
                    Set.of(EMAIL, SMS), Set.of("CUSTOMER"), NOW),
            new UserUpdated(USER_ID, "ada.lovelace@example.com", "Ada King", "+447700900123",
                    "fcm:dGhpcyBpcyBhIHB1c2ggdG9rZW4", Set.of(EMAIL, PUSH), NOW),
            new OrderPlaced(ORDER_ID, USER_ID, ORDER_LINES, TOTAL, "EUR", ADDRESS, NOW),
            new OrderConfirmed(ORDER_ID, USER_ID, ORDER_LINES, TOTAL, "EUR", NOW),
            new OrderCancelled(ORDER_ID, USER_ID, "payment declined: insufficient funds", NOW, false),
            new ReserveStock(ORDER_ID, RESERVATION_LINES),
            new ReleaseStock(ORDER_ID, "payment declined"),
            new StockReserved(ORDER_ID, RESERVATION_LINES, NOW.plusSeconds(900)),
            new StockRejected(ORDER_ID, List.of(new ShortLine("USB-C-2M", 2, 1)), "out of stock"),
            new StockReleased(ORDER_ID, "reservation expired"),
            new LowStock("USB-C-2M", "USB-C cable, 2 m", 3, 5),
            new AuthorizePayment(ORDER_ID, USER_ID, TOTAL, "EUR", "CARD"),
            new RefundPayment(ORDER_ID, TOTAL, "EUR", "cancelled by the customer"),
            new PaymentAuthorized(ORDER_ID, PAYMENT_ID, TOTAL, "EUR", "psp_auth_8Kq2LmN4"),
            new PaymentDeclined(ORDER_ID, "card expired"),
            new PaymentRefunded(ORDER_ID, PAYMENT_ID, TOTAL, "EUR"),
            new NotificationSent(NOTIFICATION_ID, EMAIL, "ada@example.com", EVENT_ID, NOW),
            new NotificationFailed(NOTIFICATION_ID, SMS, EVENT_ID, "number not reachable", false),
            new InboundOrder("PARTNER-2025-000417", null, "ada@example.com", RESERVATION_LINES, ADDRESS, "INVOICE"),
            new RestockDelivery("KB-MX-BLUE", 48, "WH-BERLIN-1", "DLV-20250314-0042", NOW))
            .collect(Collectors.toUnmodifiableMap(Record::getClass, Function.identity()));

    private EventSamples() {
    }

    static Optional<Record> of(Class<?> type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }
}
