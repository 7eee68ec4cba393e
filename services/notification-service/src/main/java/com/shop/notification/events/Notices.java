package com.shop.notification.events;

import com.shop.kafka.CloudEventHeaders;
import com.shop.kafka.events.LowStock;
import com.shop.kafka.events.NotificationChannel;
import com.shop.kafka.events.OrderCancelled;
import com.shop.kafka.events.OrderConfirmed;
import com.shop.kafka.events.OrderPlaced;
import com.shop.kafka.events.PaymentAuthorized;
import com.shop.kafka.events.PaymentRefunded;
import com.shop.kafka.events.UserRegistered;
import com.shop.kafka.events.UserUpdated;
import com.shop.notification.contacts.Contact;
import com.shop.notification.contacts.ContactStore;
import com.shop.routes.idempotency.ProcessedEvents;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the platform's events into the messages they call for, keeping the contact projection (and which order is
 * whose) up to date on the way, each event's reads and writes in one transaction. Returns null for an event that only
 * updates what the service knows.
 */
@Service
public class Notices {

    private static final Logger LOG = LoggerFactory.getLogger(Notices.class);

    private final ContactStore contacts;
    private final ProcessedEvents processed;
    private final AdminProperties admins;
    private final Duration welcomeWithin;
    private final Clock clock;

    public Notices(ContactStore contacts, ProcessedEvents processed, AdminProperties admins, EventConsumerProperties events,
                   Clock clock) {
        this.contacts = contacts;
        this.processed = processed;
        this.admins = admins;
        this.welcomeWithin = events.welcomeWithin();
        this.clock = clock;
    }

    @Transactional
    public Notice registered(UserRegistered user, @Header(CloudEventHeaders.ID) String eventId) {
        Contact contact = new Contact(user.userId(), user.email(), user.name(), user.phone(), user.pushToken(), user.channels());
        if (processed.firstDelivery("notification-contacts", eventId)) {
            contacts.save(contact, user.registeredAt());
        }
        if (user.registeredAt().isBefore(clock.instant().minus(welcomeWithin))) {
            LOG.info("user {} registered at {}, longer ago than {}: not welcomed", user.userId(), user.registeredAt(), welcomeWithin);
            return null;
        }
        return toCustomer(NoticeKind.WELCOME, contact, MessageModels.welcome(user.name()));
    }

    @Transactional
    public Notice updated(UserUpdated user, @Header(CloudEventHeaders.ID) String eventId) {
        if (processed.firstDelivery("notification-contacts", eventId)) {
            contacts.save(new Contact(user.userId(), user.email(), user.name(), user.phone(), user.pushToken(), user.channels()),
                    user.updatedAt());
        }
        return null;
    }

    public Notice placed(OrderPlaced order) {
        contacts.rememberOrder(order.orderId(), order.customerId());
        return null;
    }

    /** The order is remembered even when its customer's contact data has not arrived yet (the event is then retried). */
    @Transactional(noRollbackFor = UnknownRecipientException.class)
    public Notice confirmed(OrderConfirmed order) {
        contacts.rememberOrder(order.orderId(), order.customerId());
        Contact contact = contact(order.customerId());
        return toCustomer(NoticeKind.ORDER_CONFIRMED, contact, MessageModels.confirmed(contact.name(), order));
    }

    @Transactional(noRollbackFor = UnknownRecipientException.class)
    public Notice cancelled(OrderCancelled order) {
        contacts.rememberOrder(order.orderId(), order.customerId());
        Contact contact = contact(order.customerId());
        return toCustomer(NoticeKind.ORDER_CANCELLED, contact, MessageModels.cancelled(contact.name(), order));
    }

    @Transactional(readOnly = true)
    public Notice receipt(PaymentAuthorized payment) {
        Contact contact = contact(customerOf(payment.orderId()));
        return toCustomer(NoticeKind.PAYMENT_RECEIPT, contact, MessageModels.receipt(contact.name(), payment));
    }

    @Transactional(readOnly = true)
    public Notice refunded(PaymentRefunded refund) {
        Contact contact = contact(customerOf(refund.orderId()));
        return toCustomer(NoticeKind.PAYMENT_REFUNDED, contact, MessageModels.refunded(contact.name(), refund));
    }

    /** Low stock is the admins' business: one mail to all of them. */
    public Notice lowStock(LowStock stock) {
        return new Notice(NoticeKind.LOW_STOCK, null, MessageModels.lowStock(stock),
                List.of(new Recipient(NotificationChannel.EMAIL, String.join(",", admins.emails()))));
    }

    private static Notice toCustomer(NoticeKind kind, Contact contact, Map<String, Object> model) {
        return new Notice(kind, contact.userId(), model, ChannelRules.recipients(kind, contact));
    }

    /**
     * How to reach an order's customer: a user's contact data, or, for a customer a partner named by email address
     * (orders.inbound), the user registered with that address or else the address itself.
     */
    private Contact contact(String customerId) {
        Optional<Contact> known = contacts.find(customerId);
        if (known.isPresent()) {
            return known.get();
        }
        if (customerId.contains("@")) {
            return contacts.findByEmail(customerId).orElseGet(() -> Contact.emailOnly(customerId));
        }
        throw new UnknownRecipientException("no contact data for user " + customerId + " yet");
    }

    private String customerOf(String orderId) {
        return contacts.customerOf(orderId).orElseThrow(() -> new UnknownRecipientException("order " + orderId + " is not known yet"));
    }
}
