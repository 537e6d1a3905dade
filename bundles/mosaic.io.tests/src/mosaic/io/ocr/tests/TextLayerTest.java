package mosaic.io.ocr.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The cheap test of a PDF page's text layer: words, or garbage to be read again by OCR. */
class TextLayerTest {

    @Test
    void wordsAreNotGarbage() {
        assertFalse(garbled("Weekly threat assessment for Sembe province. Armed group activity rose along the road."));
        assertFalse(garbled("État de sécurité à Sembé : la situation reste tendue dans le nord."));
        assertFalse(garbled("تقرير أسبوعي عن الوضع الأمني في المنطقة الشمالية"));
        assertFalse(garbled("Km 14  12  34  56  78  2024-03-15  17:30  $ 1,200.50"));
        assertFalse(garbled("St Mr Dr UN JMAC MINUCAR Km"));
    }

    @Test
    void garbageIs() {
        assertTrue(garbled("ÿþ ÿ ÿ ÷ ≈ Ω∂ƒ ©˙∆ ˚¬… æ≤ ≥÷ ¡™£ ¢∞§ ¶•ª"));
        assertTrue(garbled("\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD \uFFFD \uFFFD\uFFFD abc"));
        assertTrue(garbled("!\"#$ %&'() *+,-./ :;<=>? @[\\]^_ {|}~ !\"#$ %&'()"));
        assertTrue(garbled("Xq3#k Zz9@p Qj7&w Vv2%x Kk8$y Pp1!z"));
        assertTrue(garbled("\uE000\uE001\uE002 \uE003\uE004 \uE005\uE006\uE007\uE008"));
    }

    private static boolean garbled(String text) {
        return mosaic.io.extract.internal.OcrReader.garbled(text);
    }
}
