package org.credo.core;

import java.util.Collection;
import java.util.Map;

/**
 * Maps a DRL decision's inputs to facts and its working memory back to outputs. A host registers bindings by name
 * in {@link CompilerOptions}; a bundle's manifest names the binding a DRL decision uses. Bindings only translate:
 * the decision logic stays in the rules.
 */
public interface FactBinding {

    /**
     * The facts to insert for these inputs (values as {@link FeelJsonCodec#fromJson} gives them).
     *
     * @throws IllegalArgumentException naming the input it cannot map; reported as
     *                                  {@link EvaluationException#INVALID_INPUT}
     */
    Collection<?> facts(Map<String, Object> inputs);

    /** The decision's outputs, read from the working memory after all rules fired. */
    Map<String, Object> outputs(Collection<?> workingMemory);
}
