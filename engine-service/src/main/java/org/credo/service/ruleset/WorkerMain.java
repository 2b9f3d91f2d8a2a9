package org.credo.service.ruleset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.RuleSet;
import org.credo.core.ScenarioReport;
import org.credo.core.Severity;
import org.credo.service.config.JsonSetup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.logging.Level;

/**
 * The draft worker: a separate JVM, started by {@link DraftWorker} for one check of an author's bundle, with its own
 * heap and killed at its deadline. Arguments: the check ({@code validate}: compile and validate in full, invariants
 * included; {@code test}: compile a stored version and run its scenarios), the bundle zip's file and the file to
 * write the {@link DraftVerdict} to as JSON. A simulation's worker ({@link #simulate}) re-decides stored decisions
 * instead. It exits when the service that started it does.
 */
public final class WorkerMain {
    /** The worker's answer when something in the bundle broke the check itself (a stack overflow, say). */
    static final String WORKER_FAILED = "WORKER_FAILED";
    /**
     * How deep the JSON the service sends may nest and how long its numbers may be: as wide as the service reads its
     * stored records with, so that a record stored before inputs were bounded still crosses.
     */
    private static final int MAX_NESTING_DEPTH = 1_000;
    private static final int MAX_NUMBER_LENGTH = 1_000;

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !List.of("validate", "test").contains(args[0])) {
            System.err.println("usage: WorkerMain validate|test <bundle.zip> <verdict.json>");
            System.exit(64);
        }
        quietLogging();
        haltWithTheService();
        Bundle bundle = Bundle.fromZip(Files.readAllBytes(Path.of(args[1])));
        DraftVerdict verdict;
        try {
            verdict = "validate".equals(args[0]) ? validate(bundle) : test(bundle);
        } catch (RuntimeException | StackOverflowError e) {
            verdict = new DraftVerdict(bundle.versionId(), null, null, null, List.of(new BundleProblem(WORKER_FAILED,
                    Severity.ERROR.name(), null, null, null, null, "the bundle could not be checked: " + e)), null);
        }
        mapper().writeValue(Path.of(args[2]).toFile(), verdict);
        System.exit(0);
    }

    /**
     * The simulation worker's loop, with the redecider the caller builds from the service's decision feature (given
     * the settings and the worker's JSON mapper): reads the {@link SimulationWorkerProtocol.Settings} from the first
     * line of standard input, compiles the bundle (its file the only argument) and answers a {@link DraftVerdict}
     * line; then answers each {@link SimulationWorkerProtocol.StoredDecision} line with a
     * {@link SimulationWorkerProtocol.Redecided} line, until standard input ends. Standard output carries the answers
     * alone: anything else printed goes to standard error.
     */
    public static void simulate(String[] args,
                                BiFunction<SimulationWorkerProtocol.Settings, ObjectMapper, Redecider> redeciders)
            throws IOException {
        PrintStream answers = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        if (args.length != 1) {
            System.err.println("usage: SimulationWorkerMain <bundle.zip>");
            System.exit(64);
        }
        quietLogging();
        haltWithTheService();
        ObjectMapper mapper = mapper();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        var settings = mapper.readValue(in.readLine(), SimulationWorkerProtocol.Settings.class);
        Bundle bundle = Bundle.fromZip(Files.readAllBytes(Path.of(args[0])));
        Compilation compilation = ZoneCompiler.compileValidated(bundle);
        answer(answers, mapper, new DraftVerdict(compilation.versionId(), null, null, null,
                compilation.errors().stream().map(BundleProblem::of).toList(), null));
        RuleSet ruleSet = compilation.ruleSet().orElse(null);
        if (ruleSet == null) {
            System.exit(0);
        }
        Redecider redecider = redeciders.apply(settings, mapper);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            SimulationWorkerProtocol.Redecided redecided;
            try {
                var decision = mapper.readValue(line, SimulationWorkerProtocol.StoredDecision.class);
                redecided = SimulationWorkerProtocol.Redecided.of(redecider.outputs(ruleSet, decision.record()));
            } catch (IOException | RuntimeException | StackOverflowError e) {
                redecided = SimulationWorkerProtocol.Redecided.failed(String.valueOf(e.getMessage()));
            }
            answer(answers, mapper, redecided);
        }
        System.exit(0);
    }

    private static void answer(PrintStream answers, ObjectMapper mapper, Object answer)
            throws JsonProcessingException {
        answers.print(mapper.writeValueAsString(answer));
        answers.print('\n');
        answers.flush();
    }

    /**
     * The service's JSON rules (decimals exact, dates as strings), as the service reads what the worker writes, with
     * the bounds of stored records rather than of requests.
     */
    static ObjectMapper mapper() {
        ObjectMapper mapper = JsonSetup.configure(JsonMapper.builder().findAndAddModules().build(), MAX_NESTING_DEPTH);
        mapper.getFactory().setStreamReadConstraints(mapper.getFactory().streamReadConstraints().rebuild()
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
        return mapper;
    }

    private static void haltWithTheService() {
        ProcessHandle.current().parent().ifPresent(service -> service.onExit()
                .thenRun(() -> Runtime.getRuntime().halt(70)));
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
                ? new DraftVerdict(compilation.versionId(), null, null, null, problems, scenarios)
                : new DraftVerdict(compilation.versionId(), ruleSet.manifest().name(),
                ruleSet.manifest().description(),
                ruleSet.rules().stream().filter(rule -> rule.kind().equals("DRL")).toList(), problems, scenarios);
    }
}
