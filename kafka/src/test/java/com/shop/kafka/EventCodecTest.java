package com.shop.kafka;

import com.shop.kafka.events.InboundOrder;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.ReserveStock;
import com.shop.kafka.events.RestockDelivery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.shop.kafka.EventSamples.ADDRESS;
import static com.shop.kafka.EventSamples.NOW;
import static com.shop.kafka.EventSamples.ORDER_ID;
import static com.shop.kafka.EventSamples.RESERVATION_LINES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private static final String RESERVE_STOCK = "com.shop.inventory.ReserveStock";
    private static final String INBOUND_ORDER = "com.shop.order.InboundOrder";
    private static final String RESTOCK_DELIVERY = "com.shop.inventory.RestockDelivery";

    private final EventCodec codec = new EventCodec();

    @Test
    void writesTimesAsIsoStringsMoneyExactlyAndLeavesOutAbsentFields() {
        String json = codec.toJson(EventSamples.of(OrderPlaced.class).orElseThrow());

        assertThat(json)
                .contains("\"placedAt\":\"2025-03-14T09:26:53.589Z\"")
                .contains("\"unitPrice\":89.90")
                .contains("\"total\":108.90")
                .doesNotContain("line2")
                .doesNotContain("null");
    }

    @Test
    void ignoresPropertiesAddedByANewerProducerOfAnInternalEvent() {
        String json = """
                {"orderId":"o-1","lines":[{"sku":"KB-MX-BLUE","quantity":1,"warehouse":"WH-1"}],"priority":"HIGH"}""";

        assertThat(codec.read(RESERVE_STOCK, json, ReserveStock.class).lines()).hasSize(1);
    }

    @Test
    void rejectsBadJson() {
        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, "{\"orderId\": \"o-1\", \"lines\": ["))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, "{\"orderId\":\"o-1\"} trailing"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith("not valid JSON");
        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, " "))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("empty payload");
    }

    @Test
    void rejectsAnUnknownCeType() {
        assertThatThrownBy(() -> codec.read("com.shop.order.OrderShipped", "{}"))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage("unknown ce_type 'com.shop.order.OrderShipped'");
        assertThat(codec.validate("com.shop.order.OrderShipped", "{}"))
                .containsExactly("unknown ce_type 'com.shop.order.OrderShipped'");
    }

    @Test
    void rejectsAMissingRequiredFieldNamingIt() {
        String json = "{\"lines\":[{\"sku\":\"KB-MX-BLUE\",\"quantity\":1}]}";

        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining(RESERVE_STOCK + " violates its schema")
                .hasMessageContaining("$: required property 'orderId' not found");
    }

    @Test
    void rejectsAWrongTypeNamingItsPath() {
        String json = "{\"orderId\":\"o-1\",\"lines\":[{\"sku\":\"KB-MX-BLUE\",\"quantity\":\"two\"}]}";

        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, json, ReserveStock.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("$.lines[0].quantity: string found, integer expected");
    }

    @Test
    void rejectsANegativeQuantityNamingItsPath() {
        String json = """
                {"orderId":"o-1","lines":[{"sku":"KB-MX-BLUE","quantity":1},{"sku":"USB-C-2M","quantity":-2}]}""";

        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, json))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageContaining("$.lines[1].quantity: must have a minimum value of 1");
    }

    @Test
    void listsEveryViolationWithItsPath() {
        String json = """
                {"sku":"KB-MX-BLUE","quantity":0,"warehouse":"WH-1","deliveredAt":"yesterday","pallets":3}""";

        assertThat(codec.validate(RESTOCK_DELIVERY, json)).containsExactlyInAnyOrder(
                "$: required property 'deliveryReference' not found",
                "$.quantity: must have a minimum value of 1",
                "$.deliveredAt: does not match the date-time pattern must be a valid RFC 3339 date-time",
                "$: property 'pallets' is not defined in the schema and the schema does not allow additional properties");
    }

    @Test
    void rejectsAnInboundOrderThatNamesNoCustomer() {
        String json = codec.objectMapper().valueToTree(
                new InboundOrder("PARTNER-1", null, null, RESERVATION_LINES, ADDRESS, "INVOICE")).toString();

        assertThat(codec.validate(INBOUND_ORDER, json))
                .contains("$: required property 'customerId' not found", "$: required property 'customerEmail' not found");
    }

    @Test
    void rejectsAnInvalidCurrency() {
        String json = """
                {"orderId":"o-1","customerId":"u-1","amount":10.00,"currency":"euro","paymentMethod":"CARD"}""";

        assertThat(codec.validate("com.shop.payment.AuthorizePayment", json))
                .containsExactly("$.currency: does not match the regex pattern ^[A-Z]{3}$");
    }

    @Test
    void rejectsAnInboundRecordWithANulCharacterNamingEveryPathThatHasOne() {
        String json = """
                {"externalReference":"PARTNER-1","customerId":"u-1","lines":[{"sku":"KB-MX-BLUE\\u0000","quantity":1}],
                 "shippingAddress":{"recipient":"Ada\\u0000","line1":"1 Main St","city":"Paris","postalCode":"75001","country":"FR"},
                 "paymentMethod":"CARD"}""";

        assertThatThrownBy(() -> codec.read(INBOUND_ORDER, json, InboundOrder.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessageStartingWith(INBOUND_ORDER + " violates its schema")
                .hasMessageContaining("$.lines[0].sku: must not contain the NUL character")
                .hasMessageContaining("$.shippingAddress.recipient: must not contain the NUL character");
        assertThat(codec.validate(RESTOCK_DELIVERY, """
                {"sku":"KB-MX-BLUE","quantity":5,"warehouse":"WH-1","deliveryReference":"DLV\\u0000","deliveredAt":"2025-03-14T09:26:53Z"}"""))
                .containsExactly("$.deliveryReference: must not contain the NUL character");
    }

    @Test
    void readsLettersBeyondAsciiAndEmoji() {
        String json = """
                {"sku":"KB-MX-BLUE","quantity":5,"warehouse":"Łódź-北京-🚚","deliveryReference":"DLV-\\u00e9","deliveredAt":"2025-03-14T09:26:53Z"}""";

        RestockDelivery delivery = codec.read(RESTOCK_DELIVERY, json, RestockDelivery.class);

        assertThat(delivery.warehouse()).isEqualTo("Łódź-北京-🚚");
        assertThat(delivery.deliveryReference()).isEqualTo("DLV-é");
    }

    @Test
    void rejectsReadingIntoAnotherTypeThanTheCeTypeCarries() {
        String json = codec.toJson(new ReserveStock(ORDER_ID, RESERVATION_LINES));

        assertThatThrownBy(() -> codec.read(RESERVE_STOCK, json, RestockDelivery.class))
                .isInstanceOf(InvalidEventException.class)
                .hasMessage(RESERVE_STOCK + " carries ReserveStock, not RestockDelivery");
    }

    @Test
    void refusesToWriteAnUnregisteredType() {
        record OrderShipped(String orderId) {
        }

        assertThatThrownBy(() -> codec.toJson(new OrderShipped(ORDER_ID)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("OrderShipped is not a registered event or command type");
    }

    @Test
    void refusesToWriteAnEventThatBreaksItsSchema() {
        assertThatThrownBy(() -> codec.toJson(new ReserveStock(ORDER_ID, List.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(RESERVE_STOCK + " breaks its schema: $.lines: must have at least 1 items but found 0");
        assertThatThrownBy(() -> codec.toJson(new RestockDelivery("KB-MX-BLUE", 5, "WH-1", "DLV-1", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("required property 'deliveredAt' not found");
    }

    @Test
    void readsAnInstantWithAnOffsetAsTheSameInstant() {
        String json = """
                {"sku":"KB-MX-BLUE","quantity":5,"warehouse":"WH-1","deliveryReference":"DLV-1","deliveredAt":"2025-03-14T10:26:53.589+01:00"}""";

        assertThat(codec.read(RESTOCK_DELIVERY, json, RestockDelivery.class).deliveredAt()).isEqualTo(NOW);
    }

    @Test
    void givesOutACopyOfItsMapperThatWritesTheSameJson() {
        Record sample = EventSamples.of(OrderPlaced.class).orElseThrow();

        assertThat(codec.objectMapper().valueToTree(sample).toString()).isEqualTo(codec.toJson(sample));
        assertThat(codec.objectMapper()).isNotSameAs(codec.objectMapper());
    }
}
