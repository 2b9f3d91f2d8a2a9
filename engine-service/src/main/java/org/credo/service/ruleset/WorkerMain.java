package org.credo.service.ruleset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.ScenarioReport;
import org.credo.core.Severity;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

/**
 * The draft worker: a separate JVM, started by {@link DraftWorker} for one check of an author's bundle, with its own
 * heap and killed at its deadline. Arguments: the check ({@code validate}: compile and validate in full, invariants
 * included; {@code test}: compile a stored version and run its scenarios), the bundle zip's file and the file to
 * write the {@link DraftVerdict} to as JSON. It exits when the service that started it does.
 */
public final class WorkerMain {
    /** The worker's answer when something in the bundle broke the check itself (a stack overflow, say). */
    static final String WORKER_FAILED = "WORKER_FAILED";

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("validate", "test").contains(args[0])) {
            System.err.println("usage: WorkerMain validate|test <bundle.zip> <verdict.json>");
            System.exit(64);
        }
        quietLogging();
        ProcessHandle.current().parent().ifPresent(service -> service.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(70)));
        Bundle bundle = Bundle.fromZip(Files.readAllBytes(Path.of(args[1])));
        DraftVerdict verdict;
        try {
            verdict = "validate".equals(args[0]) ? validate(bundle) : test(bundle);
        } catch (RuntimeException | StackOverflowError e) {
            verdict = new DraftVerdict(bundle.versionId(), null, null, List.of(new BundleProblem(WORKER_FAILED,
                    Severity.ERROR.name(), null, null, null, null, "the bundle could not be checked: " + e)), null);
        }
        new ObjectMapper().writeValue(Path.of(args[2]).toFile(), verdict);
        System.exit(0);
    }

    /**
     * Logs at INFO and above, before any Drools class loads. Unconfigured, the JBoss log manager the service's class
     * path brings answers TRACE as enabled, and Drools then takes a trace-only path that breaks Kie's DMN validator
     * (a ClassCastException in {@code SegmentMemory.linkNode}'s rule names).
     */
    private static void quietLogging() {
        java.util.logging.Logger.getLogger("").setLevel(Level.INFO);
    }

    private static DraftVerdict validate(Bundle bundle) {
        return verdict(ZoneCompiler.compile(bundle), null);
    }

    private static DraftVerdict test(Bundle bundle) {
        Compilation compilation = ZoneCompiler.compileValidated(bundle);
        return verdict(compilation, compilation.ruleSet().map(RuleSet::runScenarios).orElse(null));
    }

    private static DraftVerdict verdict(Compilation compilation, ScenarioReport scenarios) {
        List<BundleProblem> problems = compilation.problems().stream().map(BundleProblem::of).toList();
        RuleSet ruleSet = compilation.ruleSet().orElse(null);
        return ruleSet == null
                ? new DraftVerdict(compilation.versionId(), null, null, problems, scenarios)
                : new DraftVerdict(compilation.versionId(), ruleSet.manifest().name(),
                ruleSet.manifest().description(), problems, scenarios);
    }
}
