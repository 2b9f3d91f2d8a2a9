package org.credo.zone;

import org.credo.core.Bundle;
import org.credo.core.RuleSetCompiler;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (run by this module's build, after compiling): writes the shipped bundle's precompiled DRL rules
 * ({@link RuleSetCompiler#precompileDrl}) into the class-path directory, at {@link ZoneRuleSet#PRECOMPILED_DRL}.
 */
public final class ShippedDrlArtifact {
    private ShippedDrlArtifact() {
    }

    /** @param args the class-path output directory to write into */
    public static void main(String... args) throws IOException {
        Bundle shipped = ZoneRuleSet.shippedBundle();
        byte[] artifact = new RuleSetCompiler(ZoneRuleSet.options()).precompileDrl(shipped).orElseThrow(() ->
                new IllegalStateException("the shipped DRL rules do not compile cleanly"));
        Path target = Path.of(args[0]).resolve(ZoneRuleSet.PRECOMPILED_DRL);
        Files.createDirectories(target.getParent());
        Files.write(target, artifact);
        System.out.printf("precompiled DRL of %s: %d bytes at %s%n", shipped.versionId(), artifact.length, target);
    }
}
