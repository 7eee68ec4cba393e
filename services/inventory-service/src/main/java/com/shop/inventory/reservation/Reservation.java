package com.shop.inventory.reservation;

import com.shop.kafka.events.ReservationLine;

import java.time.Instant;
import java.util.List;

/** The stock held for one order and where it stands. */
record Reservation(String orderId, Status status, String reason, Instant expiresAt, List<ReservationLine> lines) {

    enum Status { RESERVED, CONFIRMED, RELEASED, REJECTED }
}
