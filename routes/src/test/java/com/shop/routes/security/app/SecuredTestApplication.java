package com.shop.routes.security.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A small service behind the token checks, to test them as a real service uses them. */
@SpringBootApplication
public class SecuredTestApplication {
}
