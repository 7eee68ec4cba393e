package com.shop.platform.launcher.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.assertj.core.api.Assertions.assertThat;

class SpringBootJarUnpackerTest {

    @TempDir
    Path root;

    @Test
    void theUnpackedApplicationRunsWithItsDependenciesOnTheClassPathFromItsManifest() throws Exception {
        Path fat = springBootJar();
        Path unpacked = root.resolve("unpacked");

        assertThat(SpringBootJarUnpacker.unpack(fat, unpacked)).isTrue();

        assertThat(unpacked.resolve("lib/greeting.jar")).exists();
        try (JarFile application = new JarFile(unpacked.resolve("shop-app.jar").toFile())) {
            Attributes manifest = application.getManifest().getMainAttributes();
            assertThat(manifest.getValue(Attributes.Name.MAIN_CLASS)).isEqualTo("app.Main");
            assertThat(manifest.getValue(Attributes.Name.CLASS_PATH)).isEqualTo("lib/greeting.jar");
            assertThat(application.getJarEntry("app/Main.class")).isNotNull();
        }
        Process run = new ProcessBuilder(ServiceProcess.java(), "-jar", unpacked.resolve("shop-app.jar").toString())
                .redirectErrorStream(true).start();
        assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("hello from the library");
    }

    @Test
    void aJarWithoutSpringBootsLayoutIsNotUnpacked() throws Exception {
        Path plain = root.resolve("plain.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "app.Main");
        new JarOutputStream(Files.newOutputStream(plain), manifest).close();

        assertThat(SpringBootJarUnpacker.unpack(plain, root.resolve("unpacked"))).isFalse();
    }

    /** A jar laid out as Spring Boot's plugin lays it out: app.Main in BOOT-INF/classes calls a class of BOOT-INF/lib. */
    private Path springBootJar() throws IOException {
        Path sources = Files.createDirectories(root.resolve("src"));
        Path classes = Files.createDirectories(root.resolve("classes"));
        Path greeting = write(sources.resolve("Greeting.java"),
                "package lib; public class Greeting { public static String text() { return \"hello from the library\"; } }");
        Path main = write(sources.resolve("Main.java"),
                "package app; public class Main { public static void main(String[] a) { System.out.println(lib.Greeting.text()); } }");
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                greeting.toString(), main.toString())).isZero();
        Path library = root.resolve("greeting.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(library))) {
            add(jar, "lib/Greeting.class", Files.readAllBytes(classes.resolve("lib/Greeting.class")));
        }
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, "org.springframework.boot.loader.launch.JarLauncher");
        attributes.putValue("Start-Class", "app.Main");
        attributes.putValue("Spring-Boot-Version", "3.5.10");
        attributes.putValue("Spring-Boot-Classes", "BOOT-INF/classes/");
        attributes.putValue("Spring-Boot-Lib", "BOOT-INF/lib/");
        attributes.putValue("Spring-Boot-Classpath-Index", "BOOT-INF/classpath.idx");
        Path fat = root.resolve("shop-app.jar");
        try (JarOutputStream jar = new JarOutputStream(Files.newOutputStream(fat), manifest)) {
            add(jar, "BOOT-INF/classes/app/Main.class", Files.readAllBytes(classes.resolve("app/Main.class")));
            add(jar, "BOOT-INF/lib/greeting.jar", Files.readAllBytes(library));
            add(jar, "BOOT-INF/classpath.idx", "- \"BOOT-INF/lib/greeting.jar\"\n".getBytes(StandardCharsets.UTF_8));
        }
        return fat;
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text);
    }

    private static void add(JarOutputStream jar, String name, byte[] content) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(content);
        jar.closeEntry();
    }
}
