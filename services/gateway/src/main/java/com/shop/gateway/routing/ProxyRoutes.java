package com.shop.gateway.routing;

import com.shop.gateway.ratelimit.RateLimiter;
import com.shop.routes.correlation.Correlation;
import com.shop.routes.rest.RestPolicy;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * The front door: every request under {@code /api} (through {@link ProxyServlet}; and the user service's published keys at their usual
 * address) passes the rate limits and goes to the upstream route its path names. The token was already
 * checked by the security filter before the request reached Camel; the request's headers are taken off the
 * message so that none is echoed on the gateway's own answers (the upstream request is built from the servlet request).
 * A body goes upstream as it came, a form's too: the service, not the gateway, decides what it takes.
 * The answer goes back with the upstream's headers ({@link UpstreamResponseHeaders}), its {@code Location} and a
 * problem's {@code instance} pointed at the gateway ({@link UpstreamLocation}, {@link UpstreamProblem}).
 */
@Component
public class ProxyRoutes extends RouteBuilder {

    private final RateLimiter rateLimiter;
    private final UpstreamRequest upstreamRequest;
    private final UpstreamLocation upstreamLocation;
    private final UpstreamProblem upstreamProblem;

    public ProxyRoutes(RateLimiter rateLimiter, ClientAddress clientAddress, GatewayProperties properties) {
        RouteTable table = new RouteTable(properties);
        this.rateLimiter = rateLimiter;
        this.upstreamRequest = new UpstreamRequest(table, clientAddress);
        this.upstreamLocation = new UpstreamLocation(table,
                properties.routes().values().stream().flatMap(route -> route.instances().stream()).toList());
        this.upstreamProblem = new UpstreamProblem(table, upstreamLocation);
    }

    @Override
    public void configure() {
        forward(from("servlet:/?matchOnUriPrefix=true&optionsEnabled=true&mapHttpMessageFormUrlEncodedBody=false&servletName=" + ProxyServlet.NAME
                + "&headerFilterStrategy=#class:" + UpstreamResponseHeaders.class.getName())
                .routeId("gateway-api")
                .routeConfigurationId(RestPolicy.ID)
                .process(ProxyServlet::exposeRequest));
        forward(from("platform-http:/.well-known/jwks.json?httpMethodRestrict=GET").routeId("gateway-jwks")
                .routeConfigurationId(RestPolicy.ID));
    }

    /** The steps both entries share, in the entry's own route: each route a request passes costs its CPU. */
    private void forward(RouteDefinition entry) {
        entry.removeHeaders("*", "Camel*", Correlation.HTTP_HEADER)
                .process(rateLimiter)
                .process(upstreamRequest)
                .toD(UpstreamRoutes.upstream("${exchangeProperty." + UpstreamRequest.ROUTE + "}"))
                .process(upstreamLocation)
                .process(upstreamProblem);
    }
}
