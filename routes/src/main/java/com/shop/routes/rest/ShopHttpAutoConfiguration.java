package com.shop.routes.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The servlet filters, Spring MVC's and Tomcat's error reports every HTTP server of the platform shares, the gateway included (which
 * does without the rest of {@code ShopRoutesAutoConfiguration}).
 */
@AutoConfiguration(after = JacksonAutoConfiguration.class, before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(ShopHttpProperties.class)
public class ShopHttpAutoConfiguration {

    /** Before the token checks and any filter that reads a body (Spring's form filter is at -9900). */
    static final int REQUEST_BODY_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<RequestBodyFilter> requestBodyFilter(ShopHttpProperties properties, ObjectMapper mapper) {
        FilterRegistrationBean<RequestBodyFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter(properties.maxRequestBody(), new ServletProblems(mapper)));
        registration.setOrder(REQUEST_BODY_FILTER_ORDER);
        return registration;
    }

    /** Spring MVC's own problems in the platform's shape; Boot's handler stands back for it. */
    @Bean
    @ConditionalOnClass(ResponseEntityExceptionHandler.class)
    MvcProblems mvcProblems() {
        return new MvcProblems();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorReports {

        /**
         * Puts {@link ProblemReportValve} in place of the host's error report valves: the one Boot's own customizer
         * (which runs before this one) adds, and Tomcat's default, which the host adds when it starts without a valve
         * of the class it is told to use, and which shows stack traces.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve(ObjectMapper mapper) {
            return factory -> factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve(new ServletProblems(mapper)));
            });
        }
    }
}
