package org.credo.benchmarks.inspection;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed, varied set of declarations: every credit class, customs mode and direction, HS chapters across the goods
 * risk bands, and dates on both sides of each regime change (2020-07-15, 2021-11-01, 2026-04-01). The same seed
 * always gives the same set, so every engine and every run sees the same inputs.
 */
public final class Declarations {
    /** How many declarations a benchmark cycles through. */
    public static final int COUNT = 256;

    private static final List<String> CLASSES = List.of("ADVANCED_CERTIFIED", "GENERAL_CERTIFIED", "GENERAL_CREDIT",
            "CERTIFIED", "REGULAR", "DISHONEST", "SERIOUSLY_DISHONEST");
    private static final List<String> MODES = List.of("9610", "9710", "9810", "1210", "1239", "0110");
    private static final List<String> DIRECTIONS = List.of("IMPORT", "EXPORT");
    private static final LocalDate FIRST_DAY = LocalDate.parse("2019-01-01");
    private static final int DAYS = (int) (LocalDate.parse("2027-12-31").toEpochDay() - FIRST_DAY.toEpochDay());

    private Declarations() {
    }

    public static Declaration[] sample() {
        var random = new SplittableRandom(20_250_630L);
        var declarations = new Declaration[COUNT];
        for (int i = 0; i < COUNT; i++) {
            int chapter = 1 + random.nextInt(99);
            String hsCode = String.format("%02d%08d", chapter, random.nextInt(100_000_000));
            declarations[i] = new Declaration(CLASSES.get(i % CLASSES.size()), MODES.get(random.nextInt(MODES.size())),
                    DIRECTIONS.get(random.nextInt(DIRECTIONS.size())), hsCode,
                    FIRST_DAY.plusDays(random.nextInt(DAYS)));
        }
        return declarations;
    }
}
