package com.shop.inventory.reservation;

import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ShortLine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StockCheckTest {

    @Test
    void repeatedSkusAreAddedUpAndSortedForLocking() {
        assertThat(StockCheck.merge(List.of(new ReservationLine("B", 1), new ReservationLine("A", 2), new ReservationLine("B", 3))))
                .containsExactly(new ReservationLine("A", 2), new ReservationLine("B", 4));
    }

    @Test
    void everyLineThatExceedsWhatIsAvailableIsShort() {
        List<ShortLine> shortLines = StockCheck.shortLines(
                List.of(new ReservationLine("A", 2), new ReservationLine("B", 5), new ReservationLine("C", 1)),
                Map.of("A", 2, "B", 4));
        assertThat(shortLines).containsExactly(new ShortLine("B", 5, 4), new ShortLine("C", 1, 0));
    }

    @Test
    void reservingExactlyWhatIsAvailableIsNotShort() {
        assertThat(StockCheck.shortLines(List.of(new ReservationLine("A", 3)), Map.of("A", 3))).isEmpty();
    }
}
