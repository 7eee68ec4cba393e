package com.shop.routes.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.rest.ServletProblems;
import com.shop.routes.security.ShopSecurityProperties.OperatorConsole;
import jakarta.servlet.DispatcherType;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.catalina.startup.Tomcat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Token checks in every service: each request needs a valid RS256 access token from user-service, except
 * the public paths; admin paths need the ADMIN role. Stateless (no session, no CSRF, no login form);
 * refusals are problem+json. Set {@code shop.security.enabled=false} only in tests of other building blocks.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class}, after = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(ShopSecurityProperties.class)
public class ShopSecurityAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ShopSecurityAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(ShopSecurityProperties properties) {
        return ShopJwtDecoders.fromJwksUri(properties);
    }

    /** The strict firewall, its header rule checked without a regular expression (see {@link ShopHttpFirewall}). */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall shopHttpFirewall() {
        return ShopHttpFirewall.strict();
    }

    /** A request the firewall refused gets a problem that says why. */
    @Bean
    @ConditionalOnMissingBean
    RequestRejectedHandler problemRequestRejectedHandler(ObjectMapper mapper) {
        return new ProblemRequestRejectedHandler(new ServletProblems(mapper));
    }

    /**
     * No observation around each security filter, authentication and authorization: they cost a tenth of the
     * gateway's CPU per request; requests stay observed as a whole (http.server.requests) and per Camel route.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ComponentCustomizer platformHttpHeaderFilter() {
        return PlatformHttpHeaders.filter();
    }

    @Bean
    SecurityFilterChain shopSecurityFilterChain(HttpSecurity http, ShopSecurityProperties properties, JwtDecoder decoder,
                                                ObjectMapper mapper, HandlerMappingIntrospector handlers) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.frameOptions(frames -> frames.sameOrigin()));
        if (!properties.enabled()) {
            LOG.warn("shop.security.enabled=false: requests are not checked for access tokens");
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll()).build();
        }
        AccessRules rules = new AccessRules(properties, handlers);
        ServletProblems problems = new ServletProblems(mapper);
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        DefaultBearerTokenResolver bearerTokens = new DefaultBearerTokenResolver();
        http.authorizeHttpRequests(requests -> {
                    requests.dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll();
                    requests.requestMatchers(rules.adminRequests()).hasRole(Role.ADMIN.name());
                    requests.requestMatchers(rules.publicRequests()).permitAll();
                    if (properties.operatorConsole() == OperatorConsole.OPEN) {
                        requests.requestMatchers(new AndRequestMatcher(rules.operatorConsole(), new FromThisMachine())).permitAll();
                    }
                    requests.requestMatchers(rules.operatorConsole()).hasRole(Role.ADMIN.name());
                    requests.requestMatchers(rules.unservedOnPublicPaths()).permitAll();
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(request -> rules.isAnonymous(request) ? null : bearerTokens.resolve(request))
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied)
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(new TokenCheckFailureHandler(entryPoint, problems));
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .addFilterAfter(new CallerFilter(), BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenClaims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** An open operator console admits a request by its connection's peer address, which Tomcat records then. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class PeerAddresses {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> peerAddressRecorder(ShopSecurityProperties properties) {
            return factory -> {
                if (properties.enabled() && properties.operatorConsole() == OperatorConsole.OPEN) {
                    factory.addEngineValves(new PeerAddressValve());
                }
            };
        }
    }
}
