package org.credo.core.internal.compile;

import org.credo.core.Manifest;

/** The kinds of file a bundle may hold, told apart by name. */
enum FileKind {
    MANIFEST, DRL, DMN, SCENARIOS, UNKNOWN;

    static FileKind of(String path) {
        if (path.equals(Manifest.PATH)) {
            return MANIFEST;
        }
        if (path.endsWith(".drl")) {
            return DRL;
        }
        if (path.endsWith(".dmn")) {
            return DMN;
        }
        return path.endsWith(".scenarios.json") ? SCENARIOS : UNKNOWN;
    }
}
