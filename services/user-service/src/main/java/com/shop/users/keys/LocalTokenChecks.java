package com.shop.users.keys;

import com.shop.routes.security.ShopJwtDecoders;
import com.shop.routes.security.ShopSecurityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** user-service checks the tokens it issued against its own keys, by the same rules as every service. */
@Configuration(proxyBeanMethods = false)
class LocalTokenChecks {

    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, ShopSecurityProperties properties) {
        return ShopJwtDecoders.fromKeys(keys.verificationKeys(), properties);
    }
}
