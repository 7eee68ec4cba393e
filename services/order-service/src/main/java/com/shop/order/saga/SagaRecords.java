package com.shop.order.saga;

import java.util.List;

/** A page of saga rows and how many rows match in all. */
record SagaRecords(List<SagaRecord> records, long total) {
}
