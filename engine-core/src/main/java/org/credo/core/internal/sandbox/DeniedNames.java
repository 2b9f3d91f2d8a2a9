package org.credo.core.internal.sandbox;

import java.util.Map;
import java.util.Set;

/**
 * Names DRL may not use anywhere, whatever they are called on: they reach the process, reflection, class loading,
 * threads, the engine's own handles, system properties or the clock.
 */
final class DeniedNames {
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("class", "class literals lead to reflection"),
            Map.entry("getClass", "reflection is forbidden"),
            Map.entry("forName", "class loading is forbidden"),
            Map.entry("loadClass", "class loading is forbidden"),
            Map.entry("defineClass", "class loading is forbidden"),
            Map.entry("getClassLoader", "class loading is forbidden"),
            Map.entry("getContextClassLoader", "class loading is forbidden"),
            Map.entry("getDeclaredMethod", "reflection is forbidden"),
            Map.entry("getDeclaredMethods", "reflection is forbidden"),
            Map.entry("getMethod", "reflection is forbidden"),
            Map.entry("getMethods", "reflection is forbidden"),
            Map.entry("getDeclaredField", "reflection is forbidden"),
            Map.entry("getDeclaredFields", "reflection is forbidden"),
            Map.entry("getField", "reflection is forbidden"),
            Map.entry("getFields", "reflection is forbidden"),
            Map.entry("getDeclaredConstructor", "reflection is forbidden"),
            Map.entry("getDeclaredConstructors", "reflection is forbidden"),
            Map.entry("getConstructor", "reflection is forbidden"),
            Map.entry("getConstructors", "reflection is forbidden"),
            Map.entry("invoke", "reflection is forbidden"),
            Map.entry("invokeExact", "reflection is forbidden"),
            Map.entry("newInstance", "reflection is forbidden"),
            Map.entry("setAccessible", "reflection is forbidden"),
            Map.entry("exit", "stopping the process is forbidden"),
            Map.entry("halt", "stopping the process or the engine is forbidden"),
            Map.entry("exec", "starting processes is forbidden"),
            Map.entry("getRuntime", "the runtime is out of reach"),
            Map.entry("getenv", "the environment is out of reach"),
            Map.entry("getProperty", "system properties are out of reach"),
            Map.entry("getProperties", "system properties are out of reach"),
            Map.entry("setProperty", "system properties are out of reach"),
            Map.entry("getInteger", "system properties are out of reach"),
            Map.entry("getLong", "system properties are out of reach"),
            Map.entry("getBoolean", "system properties are out of reach"),
            Map.entry("wait", "blocking a thread is forbidden"),
            Map.entry("notify", "thread signalling is forbidden"),
            Map.entry("notifyAll", "thread signalling is forbidden"),
            Map.entry("now", "reading the clock makes decisions irreproducible; use AsOf"),
            Map.entry("drools", "the engine handle is out of reach"),
            Map.entry("kcontext", "the engine handle is out of reach"),
            Map.entry("getKieRuntime", "the engine runtime is out of reach"),
            Map.entry("getKnowledgeRuntime", "the engine runtime is out of reach"),
            Map.entry("getWorkingMemory", "the engine runtime is out of reach"),
            Map.entry("getEntryPoint", "the engine runtime is out of reach"),
            Map.entry("getKieBase", "the engine runtime is out of reach"));

    /** Top-level package names: a qualified name starting with one must resolve to an allowed class. */
    static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com", "org", "net", "io",
            "jakarta", "kotlin", "scala", "groovy", "mvel", "mvel2");

    private DeniedNames() {
    }

    /** Why a name is denied, or {@code null} when it is not. */
    static String reason(String name) {
        return REASONS.get(name);
    }
}
