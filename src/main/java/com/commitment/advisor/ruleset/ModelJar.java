package com.commitment.advisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import org.drools.model.Model;

/**
 * The rule models inside a jar the executable model compiled: its generated classes are defined in a class
 * loader of their own (over the advisor's, so they see the fact classes) and the models it lists are created.
 * No KIE repository or container is involved, so nothing is registered that would have to be removed.
 */
final class ModelJar {

    private static final String MODEL_LIST = "/drools-model";

    private ModelJar() {
    }

    static List<Model> models(byte[] jar) {
        Map<String, byte[]> entries = entries(jar);
        ClassLoader loader = new JarBytesClassLoader(entries, ModelJar.class.getClassLoader());
        List<Model> models = new ArrayList<>();
        entries.forEach((name, content) -> {
            if (name.startsWith("META-INF/kie/") && name.endsWith(MODEL_LIST)) {
                new String(content, StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.contains(":"))
                        .forEach(className -> models.add(create(loader, className)));
            }
        });
        if (models.isEmpty()) {
            throw new IllegalStateException("the compiled rules list no rule model");
        }
        return models;
    }

    private static Model create(ClassLoader loader, String className) {
        try {
            return (Model) loader.loadClass(className).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new IllegalStateException("cannot load the compiled rule model " + className + ": " + cause, cause);
        }
    }

    private static Map<String, byte[]> entries(byte[] jar) {
        Map<String, byte[]> entries = new HashMap<>();
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read compiled rules", e);
        }
        return entries;
    }

    /** Defines the jar's classes on demand; everything else comes from the advisor's class loader. */
    private static final class JarBytesClassLoader extends ClassLoader {

        private final Map<String, byte[]> entries;

        JarBytesClassLoader(Map<String, byte[]> entries, ClassLoader parent) {
            super(parent);
            this.entries = entries;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
