package org.imc.platform.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The small shared rules: free text, CSV cells, the stamped cache. */
class SmallRulesTest {

    @Test
    void freeTextIsTrimmedPlainAndBounded() {
        assertEquals("a reason", FreeText.required("  a reason ", 20, "x.required"));
        assertNull(FreeText.optional("   ", 20));
        assertEquals(
                "x.required",
                assertThrows(BusinessException.class, () -> FreeText.required(" ", 20, "x.required"))
                        .getMessageKey());
        assertEquals(
                "validation.plain-text",
                assertThrows(BusinessException.class, () -> FreeText.optional("<b>", 20))
                        .getMessageKey());
        BusinessException tooLong = assertThrows(BusinessException.class, () -> FreeText.optional("x".repeat(21), 20));
        assertEquals("validation.text-too-long", tooLong.getMessageKey());
        assertEquals(20, tooLong.getArgs()[0]);
    }

    @Test
    void csvTextCellsAreDefusedNumbersAreNot() {
        String csv = CsvCells.write(
                List.of("name", "amount"),
                List.of(CsvCells.row("=HYPERLINK(\"x\")", new BigDecimal("-12.50")), CsvCells.row(null, 3)));
        assertEquals("name,amount\r\n\"'=HYPERLINK(\"\"x\"\")\",-12.50\r\n\"\",3\r\n", csv);
        assertEquals("'+1", CsvCells.defuse("+1"));
        assertEquals("'@a", CsvCells.defuse("@a"));
        assertEquals("plain", CsvCells.defuse("plain"));
    }

    @Test
    void stampedCacheComputesAgainOnlyWhenTheStampMoves() {
        AtomicInteger stamp = new AtomicInteger();
        AtomicInteger computed = new AtomicInteger();
        StampedCache<Integer, Integer> cache = new StampedCache<>(stamp::get, computed::incrementAndGet);
        Integer first = cache.get();
        assertSame(first, cache.get());
        assertEquals(1, computed.get());
        stamp.incrementAndGet();
        assertEquals(2, cache.get());
        cache.clear();
        assertEquals(3, cache.get());
    }
}
