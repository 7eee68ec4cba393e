package com.shop.platform.launcher.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Unpacks a Spring Boot jar in the launcher's own JVM into the layout of Spring Boot's {@code extract}: the
 * application's classes in {@code <jar name>} with a manifest naming the start class and, in class path order,
 * the dependencies it copies to {@code lib/}. Spring Boot's own tool costs a JVM start per service, a second of
 * CPU each while the services already started compete for both cores.
 */
final class SpringBootJarUnpacker {

    private static final String LIBRARIES = "lib/";

    private SpringBootJarUnpacker() {
    }

    static boolean unpack(Path jar, Path destination) throws IOException {
        try (JarFile source = new JarFile(jar.toFile())) {
            Attributes boot = source.getManifest().getMainAttributes();
            String classes = boot.getValue("Spring-Boot-Classes");
            String libraries = boot.getValue("Spring-Boot-Lib");
            String index = boot.getValue("Spring-Boot-Classpath-Index");
            String startClass = boot.getValue("Start-Class");
            if (classes == null || libraries == null || index == null || startClass == null) {
                return false;
            }
            Files.createDirectories(destination.resolve(LIBRARIES));
            List<String> classPath = new ArrayList<>();
            for (String library : classPathIndex(source, index)) {
                String name = library.substring(library.lastIndexOf('/') + 1);
                copy(source, source.getJarEntry(library), destination.resolve(LIBRARIES + name));
                classPath.add(LIBRARIES + name);
            }
            writeApplication(source, classes, startClass, classPath, destination.resolve(jar.getFileName()));
            return true;
        }
    }

    /** The dependencies in class path order: lines such as {@code - "BOOT-INF/lib/spring-core.jar"}. */
    private static List<String> classPathIndex(JarFile source, String index) throws IOException {
        List<String> libraries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                source.getInputStream(source.getJarEntry(index)), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int open = line.indexOf('"');
                int close = line.lastIndexOf('"');
                if (open >= 0 && close > open) {
                    libraries.add(line.substring(open + 1, close));
                }
            }
        }
        return libraries;
    }

    private static void writeApplication(JarFile source, String classes, String startClass, List<String> classPath,
                                         Path target) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, startClass);
        attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (JarOutputStream application = new JarOutputStream(Files.newOutputStream(target), manifest)) {
            Enumeration<JarEntry> entries = source.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(classes) && name.length() > classes.length()) {
                    application.putNextEntry(new JarEntry(name.substring(classes.length())));
                    if (!entry.isDirectory()) {
                        try (InputStream in = source.getInputStream(entry)) {
                            in.transferTo(application);
                        }
                    }
                    application.closeEntry();
                }
            }
        }
    }

    private static void copy(JarFile source, JarEntry entry, Path target) throws IOException {
        if (entry == null) {
            throw new IOException("the class path index names an entry the jar does not have: " + target.getFileName());
        }
        try (InputStream in = source.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }
}
