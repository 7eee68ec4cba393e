package com.shop.order.customers;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** An offset per partition of {@code users.events}: where it ends, or how far the customer projection has applied it. */
public record PartitionOffsets(Map<Integer, Long> byPartition) {

    public PartitionOffsets {
        byPartition = Map.copyOf(byPartition);
    }

    public Set<Integer> partitions() {
        return byPartition.keySet();
    }

    /** The partitions where {@code applied} has not reached these offsets, each as "partition p at a of t", in order. */
    public List<String> notReachedBy(PartitionOffsets applied) {
        return new TreeMap<>(byPartition).entrySet().stream()
                .filter(target -> applied.byPartition.getOrDefault(target.getKey(), 0L) < target.getValue())
                .map(target -> "partition " + target.getKey() + " at " + applied.byPartition.getOrDefault(target.getKey(), 0L)
                        + " of " + target.getValue())
                .toList();
    }
}
