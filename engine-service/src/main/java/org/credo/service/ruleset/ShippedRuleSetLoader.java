package org.credo.service.ruleset;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.credo.core.Compilation;
import org.credo.core.RuleSetCompiler;
import org.credo.zone.ZoneRuleSet;
import org.jboss.logging.Logger;

import java.util.stream.Collectors;

/**
 * Compiles the shipped rule set once, at start-up, and activates it. A shipped rule set that does not compile stops
 * the service from starting, with every problem logged.
 */
@ApplicationScoped
public class ShippedRuleSetLoader {
    private static final Logger LOG = Logger.getLogger(ShippedRuleSetLoader.class);

    private final ActiveRuleSet activeRuleSet;

    public ShippedRuleSetLoader(ActiveRuleSet activeRuleSet) {
        this.activeRuleSet = activeRuleSet;
    }

    /** Compiles with the rule engine's own class loader as context: Kie finds its services through it. */
    private static Compilation compile() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(RuleSetCompiler.class.getClassLoader());
        try {
            return new RuleSetCompiler(ZoneRuleSet.options()).compile(ZoneRuleSet.shippedBundle());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    void compileAtStartup(@Observes @Priority(10) StartupEvent event) {
        long started = System.nanoTime();
        Compilation compilation = compile();
        if (!compilation.succeeded()) {
            throw new IllegalStateException("the shipped rule set does not compile:\n" + compilation.errors().stream()
                    .map(p -> p.code() + " " + p.file() + ": " + p.message()).collect(Collectors.joining("\n")));
        }
        activeRuleSet.activate(compilation.ruleSet().orElseThrow());
        LOG.infof("shipped rule set %s compiled in %d ms and active", compilation.versionId(),
                (System.nanoTime() - started) / 1_000_000);
    }
}
