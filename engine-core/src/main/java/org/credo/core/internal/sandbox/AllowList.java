package org.credo.core.internal.sandbox;

import org.credo.core.AsOf;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The classes DRL may name: the host's fact packages (and their sub-packages), {@link AsOf}, and a fixed set of
 * library classes that can neither reach the system nor load code. Which of their members DRL may use is
 * {@link LibraryMembers}' and {@link FactMembers}' to say.
 */
public final class AllowList {
    /** Library classes any rule may use: text, numbers, dates, collections. */
    static final Set<String> SAFE_LIBRARY = Set.of(
            "java.lang.String", "java.lang.CharSequence", "java.lang.StringBuilder", "java.lang.Math",
            "java.lang.Object", "java.lang.Number", "java.lang.Comparable", "java.lang.Iterable",
            "java.lang.Boolean", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double", "java.lang.Character",
            "java.lang.ArithmeticException", "java.lang.IllegalArgumentException", "java.lang.IllegalStateException",
            "java.math.BigDecimal", "java.math.BigInteger", "java.math.RoundingMode", "java.math.MathContext",
            "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration",
            "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay", "java.time.Month",
            "java.time.DayOfWeek", "java.time.ZoneId", "java.time.ZoneOffset",
            "java.time.temporal.ChronoUnit", "java.time.temporal.ChronoField", "java.time.temporal.TemporalAdjusters",
            "java.time.format.DateTimeFormatter",
            "java.util.Collection", "java.util.List", "java.util.Set", "java.util.Map", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.HashMap", "java.util.HashSet", "java.util.LinkedHashMap",
            "java.util.LinkedHashSet", "java.util.TreeMap", "java.util.TreeSet", "java.util.Collections",
            "java.util.Arrays", "java.util.Objects", "java.util.Optional", "java.util.Comparator",
            "java.util.Iterator", "java.util.Map.Entry",
            AsOf.class.getName());

    private static final Map<String, String> SAFE_BY_SIMPLE_NAME = SAFE_LIBRARY.stream()
            .collect(Collectors.toMap(AllowList::simpleName, Function.identity()));

    private final ClassLoader classLoader;
    private final Set<String> factPackages;

    public AllowList(ClassLoader classLoader, Set<String> factPackages) {
        this.classLoader = classLoader;
        this.factPackages = Set.copyOf(factPackages);
    }

    /** Whether a fully-qualified class name may be used. */
    public boolean allowsClass(String qualifiedName) {
        return SAFE_LIBRARY.contains(qualifiedName) || inFactPackage(qualifiedName);
    }

    /** Whether a package is one of the host's fact packages or below one. */
    public boolean allowsPackage(String packageName) {
        return factPackages.stream().anyMatch(p -> packageName.equals(p) || packageName.startsWith(p + "."));
    }

    /** Whether a simple name is one of the safe library classes, usable without import in the sandbox's view. */
    static boolean isSafeSimpleName(String simpleName) {
        return SAFE_BY_SIMPLE_NAME.containsKey(simpleName);
    }

    /** The qualified name of a safe library class by its simple name, or the simple name itself. */
    static String qualifiedSafeName(String simpleName) {
        return SAFE_BY_SIMPLE_NAME.getOrDefault(simpleName, simpleName);
    }

    /** The class of that name through the host's class loader, not initialised, if it loads. */
    Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, classLoader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** Whether {@code name} loads as a class through the host's class loader, without initialising it. */
    boolean isClass(String name) {
        return load(name).isPresent();
    }

    private boolean inFactPackage(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        return dot > 0 && allowsPackage(qualifiedName.substring(0, dot));
    }

    private static String simpleName(String qualifiedName) {
        return Stream.of(qualifiedName.split("\\.")).reduce((a, b) -> b).orElseThrow();
    }
}
