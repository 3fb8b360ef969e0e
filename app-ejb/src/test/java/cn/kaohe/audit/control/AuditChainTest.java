package cn.kaohe.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditChain.Link> chain(int length) {
        List<AuditChain.Link> links = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int p = 1; p <= length; p++) {
            String after = "{\"code\":\"U-" + p + "\",\"name\":\"单位" + p + "\"}";
            String hash = AuditChain.hash(previous, AuditChain.content(p, "2026-01-01T08:00:00.00" + p % 10,
                    "admin", "CREATE", "OrgUnit", "U-" + p, null, after));
            links.add(new AuditChain.Link(p, "2026-01-01T08:00:00.00" + p % 10, "admin", "CREATE", "OrgUnit",
                    "U-" + p, null, after, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static AuditChain.Link withAfter(AuditChain.Link l, String after) {
        return new AuditChain.Link(l.position(), l.occurredAt(), l.actor(), l.action(), l.entityType(), l.entityId(),
                l.before(), after, l.prevHash(), l.hash());
    }

    @Test
    void anIntactChainVerifies() {
        assertEquals(Optional.empty(), AuditChain.firstBreak(chain(5), 0, AuditChain.GENESIS));
        assertEquals(Optional.empty(), AuditChain.firstBreak(List.of(), 0, AuditChain.GENESIS));
    }

    @Test
    void hashIsSha256HexOfPreviousHashAndContent() {
        // SHA-256("abc") — the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", AuditChain.hash("a", "bc"));
        assertEquals(64, chain(1).get(0).hash().length());
    }

    @Test
    void aChangedRowIsFoundAtItsPosition() {
        List<AuditChain.Link> links = new ArrayList<>(chain(5));
        links.set(2, withAfter(links.get(2), "{\"code\":\"U-3\",\"name\":\"篡改\"}"));
        assertEquals(Optional.of(3L), AuditChain.firstBreak(links, 0, AuditChain.GENESIS));
    }

    @Test
    void aRecomputedRowStillBreaksTheNextLink() {
        List<AuditChain.Link> links = new ArrayList<>(chain(5));
        AuditChain.Link forged = withAfter(links.get(1), "{}");
        forged = new AuditChain.Link(forged.position(), forged.occurredAt(), forged.actor(), forged.action(),
                forged.entityType(), forged.entityId(), forged.before(), forged.after(), forged.prevHash(),
                AuditChain.hash(forged));
        links.set(1, forged);
        assertEquals(Optional.of(3L), AuditChain.firstBreak(links, 0, AuditChain.GENESIS));
    }

    @Test
    void aRemovedOrReorderedRowIsFound() {
        List<AuditChain.Link> removed = new ArrayList<>(chain(5));
        removed.remove(1);
        assertEquals(Optional.of(2L), AuditChain.firstBreak(removed, 0, AuditChain.GENESIS));
        List<AuditChain.Link> swapped = new ArrayList<>(chain(5));
        swapped.set(3, chain(5).get(4));
        swapped.set(4, chain(5).get(3));
        assertEquals(Optional.of(4L), AuditChain.firstBreak(swapped, 0, AuditChain.GENESIS));
    }

    @Test
    void verificationContinuesFromAPageBoundary() {
        List<AuditChain.Link> links = chain(6);
        assertEquals(Optional.empty(), AuditChain.firstBreak(links.subList(3, 6), 3, links.get(2).hash()));
        assertEquals(Optional.of(4L), AuditChain.firstBreak(links.subList(3, 6), 3, AuditChain.GENESIS));
    }

    @Test
    void nullAndEmptyBeforeAreDifferentContent() {
        assertNotEquals(AuditChain.content(1, "t", "a", "CREATE", "X", "1", null, "{}"),
                AuditChain.content(1, "t", "a", "CREATE", "X", "1", "", "{}"));
        assertTrue(AuditChain.content(1, "t", "a", "CREATE", "X", "1", null, null).startsWith("1\u001f"));
    }

    @Test
    void auditJsonIsAFlatObjectInTheGivenOrder() {
        assertEquals("{\"code\":\"U-1\",\"roles\":[\"A\",\"B\"],\"n\":2,\"ok\":true,\"none\":null}",
                AuditJson.object().with("code", "U-1").with("roles", List.of("A", "B")).with("n", 2)
                        .with("ok", true).with("none", null).build());
    }
}
