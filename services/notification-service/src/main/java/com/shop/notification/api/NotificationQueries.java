package com.shop.notification.api;

import com.shop.notification.delivery.DeliveryStore;
import com.shop.routes.security.Caller;
import org.springframework.stereotype.Service;

/** Reads the notifications as their callers may see them: customers their own, admins everyone's (or one user's). */
@Service
public class NotificationQueries {

    private final DeliveryStore store;

    public NotificationQueries(DeliveryStore store) {
        this.store = store;
    }

    public NotificationPage list(Caller caller, String userId, int page, int size) {
        String owner = caller.isAdmin() ? userId : caller.userId();
        return new NotificationPage(store.page(owner, page, size).stream().map(NotificationView::of).toList(), page, size,
                store.count(owner));
    }
}
