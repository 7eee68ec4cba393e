package com.shop.gateway.routing;

import org.apache.camel.Exchange;
import org.apache.camel.component.servlet.CamelHttpTransportServlet;
import org.apache.camel.http.common.HttpMessage;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet the proxy route reads {@code /api/**} from. The platform-http component answers through Spring
 * MVC asynchronously: each request went through the handler mappings, a hand-over to another thread and a
 * second pass through every filter, a quarter of the gateway's CPU. Camel's servlet runs the route on the
 * request's own thread, once; the filters (security, CORS, access log) still see every request.
 */
@Configuration(proxyBeanMethods = false)
class ProxyServlet {

    static final String NAME = "GatewayProxyServlet";

    /**
     * Puts the servlet request where the platform-http component puts it, for the steps that read it (the rate
     * limits, the upstream request, the caller).
     */
    static void exposeRequest(Exchange exchange) {
        exchange.getIn().setHeader(Exchange.HTTP_SERVLET_REQUEST, exchange.getIn(HttpMessage.class).getRequest());
    }

    @Bean
    ServletRegistrationBean<CamelHttpTransportServlet> gatewayProxyServlet() {
        ServletRegistrationBean<CamelHttpTransportServlet> registration =
                new ServletRegistrationBean<>(new CamelHttpTransportServlet(), RouteTable.API_PREFIX + "/*");
        registration.setName(NAME);
        registration.setLoadOnStartup(1);
        return registration;
    }
}
