package com.shop.notification.api;

import java.util.List;

/** One page of notifications, newest first, with the total the caller may see. */
public record NotificationPage(List<NotificationView> items, int page, int size, long total) {
}
