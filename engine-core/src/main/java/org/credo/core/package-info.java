/**
 * Credo engine-core: the public face of the library.
 *
 * <p>A {@link org.credo.core.Bundle} of DRL rules, DMN models, test scenarios and a manifest is compiled by a
 * {@link org.credo.core.RuleSetCompiler} into an immutable, content-addressed {@link org.credo.core.RuleSet}, or
 * answered with every located {@link org.credo.core.Problem}. A rule set decides with
 * {@link org.credo.core.RuleSet#decide}, returning an {@link org.credo.core.Outcome} whose
 * {@link org.credo.core.Trace} names every decision, table rule and DRL rule involved, with its legal basis.
 * Everything under {@code org.credo.core.internal} is implementation and may change without notice.
 */
package org.credo.core;
