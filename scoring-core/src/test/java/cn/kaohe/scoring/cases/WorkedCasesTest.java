package cn.kaohe.scoring.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked case of {@code ../shared/spec/cases.json}, read at test time, one parameterised test per
 * case id. The case's {@code kind} selects its verifier ({@code zd_rank} → {@link ZdRankCase}).
 */
class WorkedCasesTest {

    static Path casesFile() {
        String dir = System.getProperty("kaohe.shared.dir", "../../shared");
        Path file = Path.of(dir, "spec", "cases.json");
        if (!Files.isRegularFile(file)) {
            // running from the module directory without Maven's property
            file = Path.of("..", "..", "shared", "spec", "cases.json");
        }
        return file;
    }

    static List<JsonNode> cases() throws IOException {
        JsonNode root = new ObjectMapper().readTree(casesFile().toFile());
        List<JsonNode> all = new ArrayList<>();
        root.forEach(all::add);
        return all;
    }

    static Stream<Arguments> workedCases() throws IOException {
        return cases().stream().map(c -> Arguments.of(c.get("id").asText(), c));
    }

    @Test
    void casesFileIsPresentAndNotEmpty() throws IOException {
        assertTrue(Files.isRegularFile(casesFile()), "cases.json not found at " + casesFile().toAbsolutePath());
        assertFalse(cases().isEmpty(), "cases.json holds no case");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workedCases")
    void reproducesWorkedCase(String id, JsonNode workedCase) throws Exception {
        verifierFor(workedCase.get("kind").asText()).verify(workedCase);
    }

    static WorkedCase verifierFor(String kind) throws ReflectiveOperationException {
        StringBuilder name = new StringBuilder();
        for (String part : kind.split("_")) {
            name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        Class<?> type = Class.forName(WorkedCasesTest.class.getPackageName() + "." + name + "Case");
        return (WorkedCase) type.getDeclaredConstructor().newInstance();
    }
}
