package org.credo.benchmarks.seed;

import java.util.ArrayList;
import java.util.List;

/** Valid Unified Social Credit Codes (GB 32100-2015 check character), the same ones on every run. */
final class Enterprises {
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private Enterprises() {
    }

    /** {@code count} codes of Zhangzhou enterprises (91350600MA…), numbered from 0. */
    static List<String> codes(int count) {
        var codes = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            codes.add(withCheck("91350600MA" + String.format("%07d", i)));
        }
        return codes;
    }

    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return first17 + ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
