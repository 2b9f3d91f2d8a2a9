package org.credo.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Test fixtures: the vectors under src/test/resources/vectors and the reference tree of transparency-dev. */
final class Vectors {
    /** testonly.LeafInputs() of transparency-dev/merkle: the leaves of the reference tree. */
    static final List<byte[]> REFERENCE_LEAVES = hexes("", "00", "10", "2021", "3031", "40414243",
            "5051525354555657", "606162636465666768696a6b6c6d6e6f");
    /** testonly.RootHashes() of transparency-dev/merkle: the roots of the reference tree of sizes 0 to 8. */
    static final List<byte[]> REFERENCE_ROOTS = hexes(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private Vectors() {
    }

    static String resource(String name) {
        try (InputStream in = Vectors.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test vector " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> object(String name) throws ProofException {
        return JsonReader.readObject(resource(name));
    }

    static List<Map<String, Object>> lines(String name) throws ProofException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (String line : resource(name).split("\n")) {
            objects.add(JsonReader.readObject(line));
        }
        return objects;
    }

    /** Plain base64 (vectors hold deliberately wrong lengths, so no canonical check here). */
    static byte[] b64(Map<String, Object> vector, String field) throws ProofException {
        return Base64.getDecoder().decode(JsonReader.string(vector, field));
    }

    static List<byte[]> b64s(Map<String, Object> vector, String field) throws ProofException {
        List<byte[]> hashes = new ArrayList<>();
        for (String s : JsonReader.strings(vector, field)) {
            hashes.add(Base64.getDecoder().decode(s));
        }
        return hashes;
    }

    static long signedLong(Map<String, Object> vector, String field) {
        return ((java.math.BigDecimal) vector.get(field)).longValueExact();
    }

    /** Leaf hashes of {@code n} leaves "leaf-0", "leaf-1", … */
    static List<byte[]> leafHashes(int n) {
        List<byte[]> hashes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            hashes.add(MerkleHash.leafHash(("leaf-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return hashes;
    }

    /** Answers {@link RangeHashes} from leaf hashes in memory, refusing any range that is no complete subtree. */
    static RangeHashes completeSubtrees(List<byte[]> leafHashes) {
        return (start, end) -> {
            long n = end - start;
            if (n <= 0 || Long.bitCount(n) != 1 || start % n != 0 || end > leafHashes.size()) {
                throw new AssertionError("asked for [" + start + ", " + end + "), no complete subtree");
            }
            return MerkleHash.rootOf(leafHashes.subList((int) start, (int) end));
        };
    }

    static byte[] flipBit(byte[] hash, int bit) {
        byte[] copy = hash.clone();
        copy[bit / 8] ^= (byte) (1 << (bit % 8));
        return copy;
    }

    /** The same base64 hash with its first bit flipped. */
    static String flipBase64(String base64) {
        return Base64.getEncoder().encodeToString(flipBit(Base64.getDecoder().decode(base64), 7));
    }

    private static List<byte[]> hexes(String... hex) {
        List<byte[]> bytes = new ArrayList<>();
        for (String h : hex) {
            bytes.add(HexFormat.of().parseHex(h));
        }
        return List.copyOf(bytes);
    }
}
