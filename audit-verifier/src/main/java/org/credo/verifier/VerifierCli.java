package org.credo.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.credo.verifier.ProofException.Reason;

/**
 * The regulator's command line: checks a receipt, the consistency of two checkpoints, or an export, offline, against
 * the log's verifier key. Exit status 0 valid, 1 invalid (the reason printed), 2 usage error or unreadable input.
 */
public final class VerifierCli {
    static final int VALID = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    private static final String USAGE_TEXT = """
            usage: java -jar audit-verifier.jar <command> <files…> --key <log-key.txt>
              receipt <receipt.json>                                   one decision is in the signed log
              consistency <old-checkpoint> <new-checkpoint> <proof.json>  the new log extends the old one
              export <export.ndjson> <checkpoint>…                     the export is what the log signed
            exit status: 0 valid, 1 invalid, 2 usage error""";
    private static final long MAX_DOCUMENT_BYTES = JsonReader.MAX_CHARS;

    private final PrintStream out;
    private final PrintStream err;

    VerifierCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new VerifierCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        List<String> operands = new ArrayList<>();
        String keyFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--key") && i + 1 < args.length) {
                keyFile = args[++i];
            } else if (args[i].equals("--help") || args[i].equals("-h")) {
                out.println(USAGE_TEXT);
                return VALID;
            } else {
                operands.add(args[i]);
            }
        }
        if (operands.isEmpty() || keyFile == null || !arityFits(operands)) {
            return usage("");
        }
        try {
            LogKey key = readKey(keyFile);
            List<String> files = operands.subList(1, operands.size());
            return switch (operands.get(0)) {
                case "receipt" -> receipt(files.get(0), key);
                case "consistency" -> consistency(files.get(0), files.get(1), files.get(2), key);
                default -> export(files.get(0), files.subList(1, files.size()), key);
            };
        } catch (UnreadableInput e) {
            return usage(e.getMessage());
        } catch (ProofException e) {
            err.println("INVALID (" + e.reason() + "): " + e.getMessage());
            return INVALID;
        }
    }

    private static boolean arityFits(List<String> operands) {
        int files = operands.size() - 1;
        return switch (operands.get(0)) {
            case "receipt" -> files == 1;
            case "consistency" -> files == 3;
            case "export" -> files >= 2;
            default -> false;
        };
    }

    private int receipt(String file, LogKey key) throws UnreadableInput, ProofException {
        Receipt receipt = Receipt.parse(readText(file));
        Checkpoint checkpoint = receipt.verify(key);
        out.println("VALID: decision " + receipt.decisionId() + " is leaf " + receipt.index() + " of "
                + checkpoint.origin() + " at tree size " + checkpoint.size() + ", root " + base64(checkpoint));
        return VALID;
    }

    private int consistency(String oldFile, String newFile, String proofFile, LogKey key)
            throws UnreadableInput, ProofException {
        Checkpoint older = SignedCheckpoint.verify(readText(oldFile), key).checkpoint();
        Checkpoint newer = SignedCheckpoint.verify(readText(newFile), key).checkpoint();
        LogConsistency.parse(readText(proofFile)).verify(older, newer);
        out.println("VALID: " + newer.origin() + " at tree size " + newer.size() + " (root " + base64(newer)
                + ") extends tree size " + older.size() + " (root " + base64(older) + ")");
        return VALID;
    }

    private int export(String exportFile, List<String> checkpointFiles, LogKey key)
            throws UnreadableInput, ProofException {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String file : checkpointFiles) {
            checkpoints.add(SignedCheckpoint.verify(readText(file), key).checkpoint());
        }
        ExportCheck.Result result;
        try (InputStream in = Files.newInputStream(Path.of(exportFile))) {
            result = ExportCheck.verify(in, checkpoints);
        } catch (NoSuchFileException e) {
            throw new UnreadableInput("no file " + exportFile);
        } catch (IOException e) {
            throw new UnreadableInput("cannot read " + exportFile + ": " + e.getMessage());
        }
        if (result.failure().isPresent()) {
            ExportCheck.Failure failure = result.failure().get();
            err.println("INVALID (" + failure.reason() + "): " + failure.message());
            err.println(failure.firstIndex() == failure.lastIndex()
                    ? "first failing index: " + failure.firstIndex()
                    : "first failing index: between " + failure.firstIndex() + " and " + failure.lastIndex()
                    + " (a checkpoint of a size in between narrows it)");
            return INVALID;
        }
        long beyond = result.lines() - result.verifiedSize();
        out.println("VALID: the first " + result.verifiedSize() + " records of " + exportFile + " are the log's, "
                + "checked against " + checkpoints.size() + " checkpoint(s)"
                + (beyond > 0 ? "; " + beyond + " later record(s) are not covered by any checkpoint given" : ""));
        return VALID;
    }

    private int usage(String problem) {
        if (!problem.isEmpty()) {
            err.println("error: " + problem);
        }
        err.println(USAGE_TEXT);
        return USAGE;
    }

    private static LogKey readKey(String file) throws UnreadableInput {
        String text;
        try {
            text = readText(file);
        } catch (ProofException e) {
            throw new UnreadableInput(file + ": " + e.getMessage());
        }
        try {
            return LogKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInput(file + " holds no verifier key: " + e.getMessage());
        }
    }

    /** The file as strict UTF-8: a byte that is not UTF-8 makes the document malformed, never silently replaced. */
    private static String readText(String file) throws UnreadableInput, ProofException {
        byte[] bytes;
        try {
            Path path = Path.of(file);
            if (Files.size(path) > MAX_DOCUMENT_BYTES) {
                throw new ProofException(Reason.MALFORMED, file + " is larger than " + MAX_DOCUMENT_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableInput("no file " + file);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableInput("cannot read " + file + ": " + e.getMessage());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProofException(Reason.MALFORMED, file + " is not UTF-8 text");
        }
    }

    private static String base64(Checkpoint checkpoint) {
        return Base64.getEncoder().encodeToString(checkpoint.rootHash());
    }

    /** A file that cannot be read or a key that cannot be parsed: the invocation is wrong, not the log. */
    private static final class UnreadableInput extends Exception {
        UnreadableInput(String message) {
            super(message);
        }
    }
}
