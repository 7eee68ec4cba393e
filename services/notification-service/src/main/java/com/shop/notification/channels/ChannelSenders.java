package com.shop.notification.channels;

import com.shop.connectors.notification.ChannelUnavailableException;
import com.shop.connectors.notification.DeliveryRefusedException;
import com.shop.connectors.notification.PushClient;
import com.shop.connectors.notification.SmsClient;
import com.shop.notification.delivery.Deliveries;
import com.shop.notification.delivery.Delivery;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mail.JavaMailSender;
import org.apache.camel.component.mail.MailEndpoint;
import org.springframework.stereotype.Component;

/**
 * Hands a delivery to its channel's provider: mail through Camel's SMTP endpoint, over the connections that
 * {@link PooledMailSender} keeps open, SMS and push through their connectors. Each answers a {@link SendResult}, or
 * throws {@link ChannelUnavailableException} when the provider gave no answer (try again later).
 */
@Component
public class ChannelSenders {

    private final SmsClient sms;
    private final PushClient push;
    private final ProducerTemplate producer;
    private final ChannelProperties properties;
    /** Resolved once: resolving the URI's placeholders on every mail was a twentieth of the service's CPU. */
    private final Endpoint smtp;

    public ChannelSenders(SmsClient sms, PushClient push, ProducerTemplate producer, ChannelProperties properties,
                          JavaMailSender mailSender) {
        this.sms = sms;
        this.push = push;
        this.producer = producer;
        this.properties = properties;
        MailEndpoint endpoint = producer.getCamelContext().getEndpoint("smtp://{{notification.channels.email.host}}:"
                + "{{notification.channels.email.port}}", MailEndpoint.class);
        endpoint.getConfiguration().setJavaMailSender(mailSender);
        this.smtp = endpoint;
        MailStreams.nameTheProvider();
    }

    public SendResult email(@ExchangeProperty(Deliveries.DELIVERY) Delivery delivery) {
        ChannelProperties.Email email = properties.email();
        Exchange sent = producer.send(smtp, exchange -> {
                    exchange.getIn().setHeader("To", delivery.recipient());
                    exchange.getIn().setHeader("From", email.from());
                    exchange.getIn().setHeader("Subject", delivery.subject());
                    exchange.getIn().setBody(delivery.body());
                });
        Exception failure = sent.getException();
        if (failure == null) {
            return SendResult.accepted(null);
        }
        if (MailFailures.refusedAddress(failure)) {
            return SendResult.refused("SMTP: " + failure.getMessage());
        }
        throw new ChannelUnavailableException("SMTP: " + failure.getMessage(), failure);
    }

    public SendResult sms(@ExchangeProperty(Deliveries.DELIVERY) Delivery delivery) {
        try {
            return SendResult.accepted(sms.send(delivery.recipient(), delivery.shortText()));
        } catch (DeliveryRefusedException e) {
            return SendResult.refused(e.getMessage());
        }
    }

    public SendResult push(@ExchangeProperty(Deliveries.DELIVERY) Delivery delivery) {
        try {
            return SendResult.accepted(push.send(delivery.recipient(), delivery.subject(), delivery.shortText()));
        } catch (DeliveryRefusedException e) {
            return SendResult.refused(e.getMessage());
        }
    }
}
