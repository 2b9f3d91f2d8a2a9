package org.credo.core.internal.drl;

import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.base.util.Drools;
import org.kie.api.definition.KiePackage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A bundle's DRL rule packages, built ahead of time and serialized, so that compiling the bundle later skips Drools'
 * parsing and Java compiling of the rules. An artifact names the bundle version id and the Drools version it was
 * built for, and is read for nothing else: one for another version or Drools, or unreadable, reads as empty, and the
 * caller builds the rules from their source. Artifacts hold compiled code, so only artifacts made by
 * {@link #write} from sandbox-checked source, and kept with the trust of code, may be read.
 */
public final class PrecompiledDrl {
    private static final String FORMAT = "credo-precompiled-drl/1";

    private PrecompiledDrl() {
    }

    /** The artifact of a bundle version's rule packages. */
    public static byte[] write(String versionId, Collection<KiePackage> packages) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new DroolsObjectOutputStream(bytes)) {
            out.writeUTF(FORMAT);
            out.writeUTF(versionId);
            out.writeUTF(Drools.getFullVersion());
            out.writeObject(new ArrayList<>(packages));
        } catch (IOException e) {
            throw new UncheckedIOException("rule packages could not be serialized", e);
        }
        return bytes.toByteArray();
    }

    /**
     * The rule packages of an artifact made for this bundle version and this Drools version; empty for an artifact
     * made for anything else (its packages are then not read at all) or one that cannot be read.
     */
    @SuppressWarnings("unchecked")
    public static Optional<Collection<KiePackage>> read(byte[] artifact, String versionId, ClassLoader classLoader) {
        try (var in = new DroolsObjectInputStream(new ByteArrayInputStream(artifact), classLoader)) {
            if (!FORMAT.equals(in.readUTF()) || !versionId.equals(in.readUTF())
                    || !Drools.getFullVersion().equals(in.readUTF())) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf((Collection<KiePackage>) in.readObject()));
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
