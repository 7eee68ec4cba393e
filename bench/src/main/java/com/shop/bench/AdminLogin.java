package com.shop.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs in as the local platform's admin (credentials from the file {@code ./platform up} keeps) for an access token. */
final class AdminLogin {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private AdminLogin() {
    }

    static String token(String usersUrl, Path credentialsFile) throws IOException, InterruptedException {
        if (!Files.isRegularFile(credentialsFile)) {
            throw new IllegalStateException("no admin credentials at " + credentialsFile
                    + ": run ./platform up first, or pass --token");
        }
        Properties credentials = new Properties();
        try (var reader = Files.newBufferedReader(credentialsFile)) {
            credentials.load(reader);
        }
        String body = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(
                credentials.getProperty("email"), credentials.getProperty("password"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(usersUrl + "/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("admin login at " + usersUrl + " failed: " + response.statusCode());
        }
        return token.group(1);
    }
}
