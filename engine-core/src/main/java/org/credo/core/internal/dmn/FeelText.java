package org.credo.core.internal.dmn;

/**
 * One FEEL text of a DMN file, where it stands.
 *
 * @param file       bundle path of the DMN file
 * @param element    id of the nearest enclosing DMN element that has one, or {@code null}
 * @param text       the FEEL text as the XML gives it
 * @param unaryTests whether the text is unary tests (an input entry, allowed values, …) rather than an expression
 */
record FeelText(String file, String element, String text, boolean unaryTests) {
}
