package com.shop.kafka;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EventRoundTripTest {

    private static final EventCodec CODEC = new EventCodec();

    static Stream<Named<EventType>> registeredTypes() {
        return EventTypes.all().stream().map(type -> Named.of(type.ceType(), type));
    }

    @ParameterizedTest
    @MethodSource("registeredTypes")
    void sampleWritesJsonValidAgainstItsSchemaAndReadsBackEqual(EventType type) {
        Record sample = EventSamples.of(type.javaType())
                .orElseThrow(() -> new AssertionError("EventSamples has no sample of " + type.javaType().getSimpleName()));

        String json = CODEC.toJson(sample);

        assertThat(CODEC.validate(type.ceType(), json)).isEmpty();
        assertThat(CODEC.read(type.ceType(), json)).isEqualTo(sample);
        assertThat(CODEC.read(type.ceType(), json, type.javaType())).isEqualTo(sample);
    }
}
