package org.credo.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.credo.core.internal.bundle.ManifestReader;

/**
 * The files of a rule set at their paths: DRL, DMN, test scenarios and the {@link Manifest}. Immutable. Content is
 * normalised on the way in (UTF-8 byte-order mark dropped, CRLF and CR turned into LF), so the same rule set gives
 * the same {@link #versionId()} on any machine.
 */
public final class Bundle {
    /** At most this many files in one bundle. */
    public static final int MAX_FILES = 500;
    /** At most this many bytes, uncompressed, in one bundle. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** At most this many bytes in one zip, as uploaded. */
    public static final int MAX_ZIP_BYTES = 8 * 1024 * 1024;
    /** At most this many bytes, uncompressed, in one file of a bundle. */
    public static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    /** A zip may inflate to at most this many times its own size (a zip bomb inflates far more). */
    public static final int MAX_COMPRESSION_RATIO = 100;

    private final SortedMap<String, byte[]> files;
    private final String versionId;

    private Bundle(SortedMap<String, byte[]> files) {
        this.files = Collections.unmodifiableSortedMap(files);
        this.versionId = hash(files);
    }

    /** A bundle of these files; paths use {@code /} and are relative to the bundle root. */
    public static Bundle of(Map<String, byte[]> files) {
        if (files.size() > MAX_FILES) {
            throw new BundleFormatException("a bundle holds at most " + MAX_FILES + " files");
        }
        var normalised = new TreeMap<String, byte[]>();
        long total = 0;
        for (var file : files.entrySet()) {
            String path = checkedPath(file.getKey());
            byte[] content = normalise(file.getValue());
            total += content.length;
            if (total > MAX_BYTES) {
                throw new BundleFormatException("a bundle holds at most " + MAX_BYTES + " bytes");
            }
            if (normalised.put(path, content) != null) {
                throw new BundleFormatException("the bundle holds " + path + " twice");
            }
        }
        return new Bundle(normalised);
    }

    /**
     * Reads a zip; directories are skipped, paths are checked and sizes are bounded while inflating: the zip, every
     * file, the total, the entries and the compression ratio ({@link #MAX_ZIP_BYTES}, {@link #MAX_FILE_BYTES},
     * {@link #MAX_BYTES}, {@link #MAX_FILES}, {@link #MAX_COMPRESSION_RATIO}).
     */
    public static Bundle fromZip(byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            throw new BundleFormatException("a bundle's zip holds at most " + MAX_ZIP_BYTES + " bytes");
        }
        long inflatable = Math.min(MAX_BYTES, (long) MAX_COMPRESSION_RATIO * Math.max(zip.length, 1024));
        var files = new TreeMap<String, byte[]>();
        long total = 0;
        int entries = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > MAX_FILES) {
                    throw new BundleFormatException("a bundle holds at most " + MAX_FILES + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = readBounded(in, Math.min(MAX_FILE_BYTES, inflatable - total), entry.getName());
                total += content.length;
                if (files.put(entry.getName(), content) != null) {
                    throw new BundleFormatException("the bundle holds " + entry.getName() + " twice");
                }
            }
            if (entries == 0) {
                throw new BundleFormatException("the body is not a zip archive, or the archive is empty");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BundleFormatException("the body is not a readable zip archive: " + e.getMessage());
        }
        return of(files);
    }

    /** Reads every regular file below {@code root}. */
    public static Bundle fromDirectory(Path root) {
        var files = new TreeMap<String, byte[]>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(files);
    }

    /**
     * Reads a bundle shipped as class-path resources below {@code root}: its {@link Manifest#PATH} and every file
     * the manifest lists. The files may come from several jars that share the root.
     */
    public static Bundle fromClasspath(ClassLoader loader, String root) {
        String prefix = root.endsWith("/") ? root : root + "/";
        var files = new TreeMap<String, byte[]>();
        byte[] manifest = resource(loader, prefix + Manifest.PATH);
        files.put(Manifest.PATH, manifest);
        for (String file : ManifestReader.listedFiles(manifest)) {
            files.put(file, resource(loader, prefix + file));
        }
        return of(files);
    }

    /** The files by path, in path order: a read-only map of copies, so the hashed content cannot change. */
    public SortedMap<String, byte[]> files() {
        var copies = new TreeMap<String, byte[]>();
        files.forEach((path, content) -> copies.put(path, content.clone()));
        return Collections.unmodifiableSortedMap(copies);
    }

    /** A file's content as UTF-8 text, or {@code null} when the bundle does not hold it. */
    public String text(String path) {
        byte[] content = files.get(path);
        return content == null ? null : new String(content, StandardCharsets.UTF_8);
    }

    /**
     * SHA-256, as 64 lower-case hex digits, over the normalised files in path order, each as its UTF-8 path, a zero
     * byte, its length as 8 big-endian bytes and its content.
     */
    public String versionId() {
        return versionId;
    }

    /** The bundle as a zip with entries in path order and fixed timestamps: the same bundle, the same bytes. */
    public byte[] toZip() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                var entry = new ZipEntry(file.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String checkedPath(String path) {
        String normal = path.replace('\\', '/');
        if (normal.isEmpty() || normal.startsWith("/") || normal.contains("//") || normal.contains(":")
                || Stream.of(normal.split("/")).anyMatch(part -> part.equals("..") || part.equals("."))) {
            throw new BundleFormatException("unsafe path in bundle: " + path);
        }
        return normal;
    }

    private static byte[] normalise(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        var out = new ByteArrayOutputStream(content.length);
        for (int i = start; i < content.length; i++) {
            byte b = content[i];
            if (b == '\r') {
                out.write('\n');
                if (i + 1 < content.length && content[i + 1] == '\n') {
                    i++;
                }
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static String hash(SortedMap<String, byte[]> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (var file : files.entrySet()) {
                sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                long length = file.getValue().length;
                for (int shift = 56; shift >= 0; shift -= 8) {
                    sha.update((byte) (length >>> shift));
                }
                sha.update(file.getValue());
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] readBounded(InputStream in, long limit, String name) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            if (out.size() + (long) n > limit) {
                throw new BundleFormatException(name + " inflates beyond the bounds: a file holds at most "
                        + MAX_FILE_BYTES + " bytes, a bundle " + MAX_BYTES + " bytes and at most "
                        + MAX_COMPRESSION_RATIO + " times its zip's size");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new BundleFormatException("no class-path resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
