package org.credo.core;

/** How serious a {@link Problem} is: only {@link #ERROR} prevents a bundle from compiling into a rule set. */
public enum Severity {
    ERROR, WARNING, INFO
}
