package com.shop.users.admin;

import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /users/{id}/lock}: whether the account may log in. */
public record LockChange(@NotNull Boolean locked) {
}
