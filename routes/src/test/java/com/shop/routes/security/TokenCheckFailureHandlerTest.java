package com.shop.routes.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shop.routes.rest.ServletProblems;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;

class TokenCheckFailureHandlerTest {

    private final ServletProblems problems = new ServletProblems(new ObjectMapper());
    private final TokenCheckFailureHandler handler =
            new TokenCheckFailureHandler(new ProblemAuthenticationEntryPoint(problems), problems);

    @Test
    void aTokenThatCannotBeCheckedIsA503TheClientMayRetry() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("GET", "/orders"), response,
                new AuthenticationServiceException("Couldn't retrieve remote JWK set"));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503", "\"instance\":\"/orders\"")
                .doesNotContain("JWK");
    }

    @Test
    void anInvalidTokenIsA401WithTheBearerChallenge() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/orders");
        request.addHeader("X-Correlation-Id", "corr-1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(request, response, new InvalidBearerTokenException("Jwt expired at ..."));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(response.getHeader("X-Correlation-Id")).isEqualTo("corr-1");
        assertThat(response.getContentAsString()).contains("\"correlationId\":\"corr-1\"").doesNotContain("expired at");
    }
}
