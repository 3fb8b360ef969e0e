package cn.kaohe.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void sortsMembersAndDropsWhitespace() {
        assertEquals("{\"a\":1,\"b\":{\"x\":[3,2,1],\"y\":\"z\"}}",
                CanonicalJson.canonical("{ \"b\": { \"y\": \"z\", \"x\": [3, 2, 1] },\n \"a\": 1 }"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "90.50|90.5", "1E+2|100", "100.000|100", "0.000|0", "-0.0|0", "1.25e-1|0.125", "7|7"})
    void writesNumbersAsPlainDecimalsWithoutTrailingZeros(String written, String canonical) {
        assertEquals("{\"v\":" + canonical + "}", CanonicalJson.canonical("{\"v\":" + written + "}"));
    }

    @Test
    void keepsStringsAndArrayOrderAsTheyAre() {
        assertNotEquals(CanonicalJson.canonical("{\"v\":\"90.50\"}"), CanonicalJson.canonical("{\"v\":\"90.5\"}"));
        assertNotEquals(CanonicalJson.canonical("[1,2]"), CanonicalJson.canonical("[2,1]"));
    }

    @Test
    void sameMeaningSameHash() {
        String a = "{\"unit\":\"T1\",\"values\":{\"leader[mid]/score\":9.0,\"indicator[mid]/items\":{\"items\":[]}}}";
        String b = "{\"values\":{\"indicator[mid]/items\":{\"items\":[ ]},\"leader[mid]/score\":9},\"unit\":\"T1\"}";
        assertEquals(CanonicalJson.sha256(CanonicalJson.canonical(a)), CanonicalJson.sha256(CanonicalJson.canonical(b)));
    }

    @Test
    void hashesUtf8AsLowerCaseHex() {
        // SHA-256("abc"), FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", CanonicalJson.sha256("abc"));
        assertEquals(64, CanonicalJson.sha256("考核").length());
    }
}
