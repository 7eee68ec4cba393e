package com.shop.users.login;

/** A successful login: who it was, and the tokens they get. */
public record LoggedIn(String userId, Tokens tokens) {
}
