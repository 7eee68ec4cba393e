package com.shop.routes.security;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PathRuleTest {

    @Test
    void aRuleWithAMethodMatchesOnlyThatMethod() {
        PathRule rule = PathRule.parse("GET /products/**");
        assertThat(rule.method()).isEqualTo(HttpMethod.GET);
        assertThat(rule.matcher().matches(request("GET", "/products/desk-1/availability"))).isTrue();
        assertThat(rule.matcher().matches(request("POST", "/products"))).isFalse();
    }

    @Test
    void aGetRuleMatchesHeadToo() {
        PathRule rule = PathRule.parse("GET /products/**");
        assertThat(rule.matcher().matches(request("HEAD", "/products/desk-1"))).isTrue();
        assertThat(PathRule.parse("POST /products").matcher().matches(request("HEAD", "/products"))).isFalse();
    }

    @Test
    void aRuleWithoutAMethodMatchesEveryMethod() {
        PathRule rule = PathRule.parse("/admin/**");
        assertThat(rule.method()).isNull();
        assertThat(rule.matcher().matches(request("DELETE", "/admin/dead-letters/x"))).isTrue();
        assertThat(rule.matcher().matches(request("GET", "/users/me"))).isFalse();
    }

    @Test
    void aRulesPathMatchesEveryMethod() {
        PathRule rule = PathRule.parse("POST /auth/login");
        assertThat(rule.pathMatcher().matches(request("GET", "/auth/login"))).isTrue();
        assertThat(rule.pathMatcher().matches(request("GET", "/auth/login/again"))).isFalse();
    }

    @Test
    void aSingleStarMatchesOneSegment() {
        PathRule rule = PathRule.parse("PUT /users/*/roles");
        assertThat(rule.matcher().matches(request("PUT", "/users/42/roles"))).isTrue();
        assertThat(rule.matcher().matches(request("PUT", "/users/me"))).isFalse();
    }

    @Test
    void malformedRulesAreRefusedWithTheExpectedSyntax() {
        assertThatThrownBy(() -> PathRule.parse("FETCH /products")).hasMessageContaining("<METHOD> /path/pattern");
        assertThatThrownBy(() -> PathRule.parse("products")).hasMessageContaining("<METHOD> /path/pattern");
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setServletPath(path);
        return request;
    }
}
