package com.shop.users.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import com.shop.users.UserServiceTest;
import com.shop.users.account.Account;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccountAdminIT extends UserServiceTest {

    @Test
    void aCustomerCannotListAccountsOrChangeRoles() {
        String email = uniqueEmail("ann");
        String id = register(email, PASSWORD).get("id").asText();
        String token = accessToken(email);

        assertProblem(send("GET", "/users", token, null), 403, "Forbidden");
        assertProblem(send("PUT", "/users/" + id + "/roles", token, Map.of("roles", List.of("ADMIN"))), 403, "Forbidden");
        assertProblem(send("PUT", "/users/" + id + "/lock", token, Map.of("locked", false)), 403, "Forbidden");
        assertProblem(send("POST", "/admin/keys/rotate", token, null), 403, "Forbidden");
    }

    @Test
    void anAdminListsAccountsPagedWithoutPasswordHashes() {
        register(uniqueEmail("bob"), PASSWORD);
        String token = accessToken(admin().email());

        HttpResponse<String> response = send("GET", "/users?page=0&size=2", token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = json(response);
        assertThat(page.get("items")).hasSize(2);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(response.body()).doesNotContain("$2a$", "password");
    }

    @Test
    void aRoleChangeReachesTheNextTokenOfTheUser() throws Exception {
        String email = uniqueEmail("carl");
        String id = register(email, PASSWORD).get("id").asText();
        JsonNode tokens = tokens(email, PASSWORD);
        String admin = accessToken(admin().email());

        HttpResponse<String> changed = send("PUT", "/users/" + id + "/roles", admin, Map.of("roles", List.of("CUSTOMER", "ADMIN")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("roles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("CUSTOMER", "ADMIN");

        HttpResponse<String> renewed = send("POST", "/auth/refresh", null, Map.of("refreshToken", tokens.get("refreshToken").asText()));
        String newAccess = json(renewed).get("accessToken").asText();
        assertThat(SignedJWT.parse(newAccess).getJWTClaimsSet().getStringListClaim("roles")).containsExactly("ADMIN", "CUSTOMER");
        assertThat(send("GET", "/users", newAccess, null).statusCode()).isEqualTo(200);
    }

    @Test
    void lockingAnAccountEndsItsSessionsAndItsLogins() {
        String email = uniqueEmail("dora");
        String id = register(email, PASSWORD).get("id").asText();
        JsonNode tokens = tokens(email, PASSWORD);
        String admin = accessToken(admin().email());

        HttpResponse<String> locked = send("PUT", "/users/" + id + "/lock", admin, Map.of("locked", true));
        assertThat(locked.statusCode()).as(locked.body()).isEqualTo(200);
        assertThat(json(locked).get("locked").asBoolean()).isTrue();

        assertProblem(send("POST", "/auth/refresh", null, Map.of("refreshToken", tokens.get("refreshToken").asText())),
                401, "Unauthorized");
        assertProblem(login(email, PASSWORD), 401, "Unauthorized");

        assertThat(send("PUT", "/users/" + id + "/lock", admin, Map.of("locked", false)).statusCode()).isEqualTo(200);
        assertThat(login(email, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotDemoteOrLockThemselves() {
        Account self = admin();
        String token = accessToken(self.email());
        assertProblem(send("PUT", "/users/" + self.id() + "/roles", token, Map.of("roles", List.of("CUSTOMER"))), 409, "Conflict");
        assertProblem(send("PUT", "/users/" + self.id() + "/lock", token, Map.of("locked", true)), 409, "Conflict");
    }

    @Test
    void changingAnUnknownAccountIsA404() {
        String token = accessToken(admin().email());
        assertProblem(send("PUT", "/users/not-a-uuid/roles", token, Map.of("roles", List.of("CUSTOMER"))), 404, "Not found");
        assertProblem(send("PUT", "/users/00000000-0000-0000-0000-000000000000/lock", token, Map.of("locked", true)),
                404, "Not found");
    }
}
