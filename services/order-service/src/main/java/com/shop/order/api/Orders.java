package com.shop.order.api;

import com.shop.kafka.events.ReservationLine;
import com.shop.order.placement.OrderPlacement;
import com.shop.order.placement.OrderRequest;
import com.shop.order.placement.Placement;
import com.shop.order.saga.Sagas;
import com.shop.order.store.Order;
import com.shop.order.store.OrderPage;
import com.shop.order.store.OrderStatus;
import com.shop.order.store.OrderStore;
import com.shop.routes.rest.ProblemException;
import com.shop.routes.security.Caller;
import org.springframework.stereotype.Service;

/**
 * Orders as their callers may see them: customers their own (anyone else's order does not exist for
 * them), admins everyone's. The customer of a new order is the caller, as the access token says.
 */
@Service
public class Orders {

    private final OrderPlacement placement;
    private final OrderStore orders;
    private final Sagas sagas;

    public Orders(OrderPlacement placement, OrderStore orders, Sagas sagas) {
        this.placement = placement;
        this.orders = orders;
        this.sagas = sagas;
    }

    public Placed place(Caller caller, NewOrder order, String idempotencyKey) {
        OrderRequest request = new OrderRequest(caller.userId(),
                order.lines().stream().map(l -> new ReservationLine(l.sku(), l.quantity())).toList(),
                order.shippingAddress().toAddress(), order.paymentMethod());
        Placement placed = placement.placeForCustomer(request, idempotencyKey);
        return new Placed(view(placed.order()), placed.replayed());
    }

    public OrderView get(Caller caller, String orderId) {
        return view(visible(caller, orderId));
    }

    /** The caller's orders; admins see everyone's, or one customer's when they name one. */
    public OrderPage list(Caller caller, String customerId, OrderStatus status, int page, int size) {
        String owner = caller.isAdmin() ? customerId : caller.userId();
        return orders.page(owner, status, page, size);
    }

    public OrderView cancel(Caller caller, String orderId) {
        visible(caller, orderId);
        sagas.cancel(orderId);
        return view(orders.find(orderId).orElseThrow());
    }

    private Order visible(Caller caller, String orderId) {
        return orders.find(orderId).filter(order -> caller.mayAccess(order.customerId()))
                .orElseThrow(() -> ProblemException.notFound("No order " + orderId));
    }

    private OrderView view(Order order) {
        return OrderView.of(order, orders.history(order.id()));
    }

    /** The answer to a placement: the order, and whether an earlier request with the same key placed it. */
    public record Placed(OrderView order, boolean replayed) {
    }
}
