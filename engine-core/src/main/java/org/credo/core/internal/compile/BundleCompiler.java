package org.credo.core.internal.compile;

import org.credo.core.Bundle;
import org.credo.core.Compilation;
import org.credo.core.CompilerOptions;
import org.credo.core.Manifest;
import org.credo.core.Problem;
import org.credo.core.ProblemCodes;
import org.credo.core.RuleSet;
import org.credo.core.Severity;
import org.credo.core.internal.bundle.ManifestReader;
import org.credo.core.internal.dmn.DmnCompileOptions;
import org.credo.core.internal.dmn.DmnCompiler;
import org.credo.core.internal.dmn.DmnModels;
import org.credo.core.internal.dmn.DmnStructure;
import org.credo.core.internal.drl.DrlCompiler;
import org.credo.core.internal.drl.DrlRules;
import org.credo.core.internal.drl.PrecompiledDrl;
import org.credo.core.internal.sandbox.AllowList;
import org.credo.core.internal.sandbox.DrlSandbox;
import org.credo.core.internal.scenario.ScenarioFile;
import org.credo.core.internal.scenario.ScenarioFileReader;
import org.kie.api.KieBase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Validates and compiles one bundle, collecting every problem rather than stopping at the first: file kinds and
 * the manifest, then the structural checks (the DRL sandbox and {@link DmnStructure}: limits, and what the rules
 * and FEEL may call, from their parsed forms). Only a bundle that passes every structural check goes further:
 * DRL compilation, DMN compilation and analysis, the manifest's decisions, rule metadata, scenario files and finally
 * the manifest's invariants, the one step that evaluates anything of the bundle. The DRL rule base and the DMN
 * models, which depend on each other in nothing, are built at the same time on two threads.
 */
public final class BundleCompiler {
    /** Which checks run besides those compiling needs. */
    public enum Checks {
        /** Every validation: for bundles not validated before. */
        ALL,
        /**
         * The DRL sandbox and whatever compiling itself finds, no more: for bundles validated before. Skips Kie's
         * DMN validator and table analysis, the manifest's decisions, DMN rule metadata and the invariants.
         */
        COMPILE_ONLY
    }

    private static final DmnCompileOptions DMN_COMPILE_ONLY = new DmnCompileOptions(false, false);

    private final CompilerOptions options;
    private final boolean validate;
    private final byte[] precompiledDrl;
    private final List<Problem> problems = new ArrayList<>();
    private final SortedMap<String, String> drlFiles = new TreeMap<>();
    private final SortedMap<String, byte[]> dmnFiles = new TreeMap<>();
    private final SortedMap<String, byte[]> scenarioFiles = new TreeMap<>();
    private boolean drlFromArtifact;

    private BundleCompiler(CompilerOptions options, Checks checks, byte[] precompiledDrl) {
        this.options = options;
        this.validate = checks == Checks.ALL;
        this.precompiledDrl = precompiledDrl;
    }

    /**
     * Compiles, taking the DRL rule packages from a {@link PrecompiledDrl} artifact when it is this bundle's and
     * reads back, and building them otherwise ({@code precompiledDrl} may be null: none).
     */
    public static Compilation compile(Bundle bundle, CompilerOptions options, Checks checks, byte[] precompiledDrl) {
        return new BundleCompiler(options, checks, precompiledDrl).run(bundle);
    }

    /**
     * A {@link PrecompiledDrl} artifact of the bundle's DRL, built after the sandbox admitted every file; empty when
     * the bundle has no DRL, the sandbox rejects a file, or Drools reports any error or warning.
     */
    public static Optional<byte[]> precompileDrl(Bundle bundle, CompilerOptions options) {
        var compiler = new BundleCompiler(options, Checks.COMPILE_ONLY, null);
        compiler.sortFiles(bundle);
        if (compiler.drlFiles.isEmpty() || !compiler.sandboxAdmits()) {
            return Optional.empty();
        }
        return Optional.ofNullable(DrlCompiler.packages(compiler.drlFiles, options.classLoader(), compiler.problems))
                .map(packages -> PrecompiledDrl.write(bundle.versionId(), packages));
    }

    /**
     * The problems of the structural checks alone (file kinds, the manifest, DMN XML bounds and FEEL syntax trees, the
     * DRL sandbox and limits): nothing of the bundle is compiled or evaluated. Their cost is bounded by the bundle's
     * limits, so a host may run them before it hands the bundle to anything costlier.
     */
    public static List<Problem> structuralProblems(Bundle bundle, CompilerOptions options) {
        var compiler = new BundleCompiler(options, Checks.ALL, null);
        compiler.sortFiles(bundle);
        compiler.readManifest(bundle);
        compiler.structureAdmits();
        compiler.problems.sort(Comparator.comparing(Problem::severity));
        return List.copyOf(compiler.problems);
    }

    private Compilation run(Bundle bundle) {
        sortFiles(bundle);
        Manifest manifest = readManifest(bundle);
        if (!structureAdmits()) {
            problems.sort(Comparator.comparing(Problem::severity));
            return new Compilation(bundle.versionId(), problems, Optional.empty());
        }
        var dmnProblems = new ArrayList<Problem>();
        var dmnBuild = new FutureTask<>(() -> compileDmn(dmnProblems));
        if (dmnFiles.isEmpty() || drlFiles.isEmpty()) {
            dmnBuild.run();
        } else {
            Thread thread = new Thread(dmnBuild, "credo-dmn-compile");
            thread.setDaemon(true);
            thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
            thread.start();
        }
        DrlRules drl = compileDrl(bundle.versionId());
        DmnModels dmn = await(dmnBuild);
        problems.addAll(dmnProblems);
        Map<String, Set<String>> decisionsByModel = DmnDecisionNames.byModel(dmnFiles.values());
        if (validate && manifest != null) {
            DecisionCheck.check(manifest, decisionsByModel, options.bindings().keySet(),
                    new ManifestLines(bundle.text(Manifest.PATH)), problems);
        }
        if (validate && options.requireRuleMetadata()) {
            DmnRuleMetadataCheck.check(dmn.rules(), problems);
        }
        List<ScenarioFile> scenarios = readScenarios(manifest, decisionsByModel.keySet());
        if (validate && manifest != null && !hasDmnErrors()) {
            InvariantCheck.check(manifest, dmn, problems);
        }
        problems.sort(Comparator.comparing(Problem::severity));
        Optional<RuleSet> ruleSet = problems.stream().anyMatch(Problem::isError) || drl == null
                ? Optional.empty()
                : Optional.of(new CompiledRuleSet(bundle, manifest, problems, drl, dmn, options.bindings(),
                scenarios, options.rememberOutcomes() ? new OutcomeMemo() : OutcomeMemo.none()));
        return new Compilation(bundle.versionId(), problems, ruleSet, drlFromArtifact);
    }

    private void sortFiles(Bundle bundle) {
        bundle.files().forEach((path, content) -> {
            switch (FileKind.of(path)) {
                case DRL -> drlFiles.put(path, bundle.text(path));
                case DMN -> dmnFiles.put(path, content);
                case SCENARIOS -> scenarioFiles.put(path, content);
                case UNKNOWN -> problems.add(Problem.inLine(ProblemCodes.UNKNOWN_FILE_KIND, Severity.ERROR, path,
                        null, "a bundle holds ruleset.json, *.drl, *.dmn and *.scenarios.json files only"));
                case MANIFEST -> {
                }
            }
        });
    }

    private Manifest readManifest(Bundle bundle) {
        byte[] content = bundle.files().get(Manifest.PATH);
        if (content == null) {
            problems.add(Problem.inLine(ProblemCodes.MANIFEST, Severity.ERROR, null, null,
                    "the bundle has no " + Manifest.PATH));
            return null;
        }
        ManifestReader.Result result = ManifestReader.read(content);
        if (result.manifest() == null) {
            problems.add(result.problem());
            return null;
        }
        ManifestFilesCheck.check(result.manifest(), bundle.files().keySet(),
                new ManifestLines(bundle.text(Manifest.PATH)), problems);
        return result.manifest();
    }

    /**
     * The DRL rule base, or {@code null} when the rules do not compile. The sandbox has checked the source before,
     * even when the rule base comes from a precompiled artifact.
     */
    private DrlRules compileDrl(String versionId) {
        try {
            Optional<KieBase> precompiled = precompiled(versionId);
            drlFromArtifact = precompiled.isPresent();
            KieBase kieBase = precompiled
                    .orElseGet(() -> DrlCompiler.compile(drlFiles, options.classLoader(), problems));
            return kieBase == null ? null : DrlRules.of(kieBase, drlFiles, options.requireRuleMetadata(), problems);
        } catch (RuntimeException e) {
            problems.add(Problem.inLine(ProblemCodes.DRL_COMPILE, Severity.ERROR, null, null,
                    "Drools could not compile the rules: " + e));
            return null;
        }
    }

    /**
     * Whether every structural check passes, all run so that every problem is listed: nothing of the bundle may
     * reach Drools or Kie (let alone be evaluated) unless this holds.
     */
    private boolean structureAdmits() {
        boolean drl = sandboxAdmits();
        boolean dmn = DmnStructure.check(dmnFiles, options.limits(), problems);
        return drl && dmn;
    }

    /** Whether the DRL sandbox admits every DRL file; its problems are added. */
    private boolean sandboxAdmits() {
        var sandbox = new DrlSandbox(new AllowList(options.classLoader(), options.allowedFactPackages()));
        var forbidden = new ArrayList<Problem>();
        int rules = 0;
        for (var file : drlFiles.entrySet()) {
            DrlSandbox.Result result = sandbox.check(file.getKey(), file.getValue());
            forbidden.addAll(result.problems());
            rules += result.rules();
        }
        if (rules > options.limits().maxDrlRules()) {
            forbidden.add(Problem.inLine(ProblemCodes.BUNDLE_LIMIT, Severity.ERROR, null, null, "the bundle's DRL "
                    + "files declare " + rules + " rules; at most " + options.limits().maxDrlRules() + " are allowed"));
        }
        problems.addAll(forbidden);
        return forbidden.isEmpty();
    }

    private Optional<KieBase> precompiled(String versionId) {
        if (precompiledDrl == null || drlFiles.isEmpty()) {
            return Optional.empty();
        }
        return PrecompiledDrl.read(precompiledDrl, versionId, options.classLoader())
                .map(packages -> DrlCompiler.kieBase(packages, options.classLoader()));
    }

    /** The DMN models; their problems go to {@code dmnProblems}, as this runs beside the DRL build. */
    private DmnModels compileDmn(List<Problem> dmnProblems) {
        if (dmnFiles.isEmpty()) {
            return NoDmnModels.INSTANCE;
        }
        try {
            return validate ? DmnCompiler.compile(dmnFiles, dmnProblems)
                    : DmnCompiler.compile(dmnFiles, dmnProblems, DMN_COMPILE_ONLY);
        } catch (RuntimeException e) {
            dmnProblems.add(Problem.inLine(ProblemCodes.DMN_MODEL, Severity.ERROR, null, null,
                    "the DMN models could not be compiled: " + e));
            return NoDmnModels.INSTANCE;
        }
    }

    private static DmnModels await(FutureTask<DmnModels> dmnBuild) {
        try {
            return dmnBuild.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the DMN models were compiled", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("the DMN models could not be compiled", e.getCause());
        }
    }

    private List<ScenarioFile> readScenarios(Manifest manifest, Set<String> models) {
        var scenarios = new ArrayList<ScenarioFile>();
        scenarioFiles.forEach((path, content) -> {
            ScenarioFile file = ScenarioFileReader.read(path, content, problems);
            if (file == null) {
                return;
            }
            boolean known = file.decision() != null
                    ? manifest == null || manifest.decisions().containsKey(file.decision())
                    : models.contains(file.model());
            if (known) {
                scenarios.add(file);
            } else {
                problems.add(Problem.inLine(ProblemCodes.SCENARIO_FORMAT, Severity.ERROR, path, file.targetLine(),
                        "names " + (file.decision() != null ? "decision " : "model ") + file.target()
                                + ", which the rule set does not have"));
            }
        });
        return scenarios;
    }

    private boolean hasDmnErrors() {
        return problems.stream().anyMatch(p -> p.isError() && p.file() != null && p.file().endsWith(".dmn"));
    }
}
