package com.shop.inventory.reservation;

import com.shop.kafka.events.ReservationLine;
import com.shop.kafka.events.ShortLine;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The all-or-nothing rule of a reservation, free of storage: which lines an order asks for and which are short. */
final class StockCheck {

    private StockCheck() {
    }

    /** One line per sku (quantities of repeated skus added up), in sku order: the order rows are locked in. */
    static List<ReservationLine> merge(List<ReservationLine> lines) {
        Map<String, Integer> bySku = new TreeMap<>();
        lines.forEach(line -> bySku.merge(line.sku(), line.quantity(), Integer::sum));
        return bySku.entrySet().stream().map(e -> new ReservationLine(e.getKey(), e.getValue())).toList();
    }

    /**
     * The lines that cannot be reserved from {@code available} (units free to reserve per sku; an unknown
     * or inactive sku is absent or zero). Empty means every line can be reserved.
     */
    static List<ShortLine> shortLines(List<ReservationLine> wanted, Map<String, Integer> available) {
        return wanted.stream()
                .filter(line -> available.getOrDefault(line.sku(), 0) < line.quantity())
                .map(line -> new ShortLine(line.sku(), line.quantity(), Math.max(0, available.getOrDefault(line.sku(), 0))))
                .toList();
    }
}
