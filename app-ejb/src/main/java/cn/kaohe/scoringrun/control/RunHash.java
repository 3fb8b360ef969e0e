package cn.kaohe.scoringrun.control;

import cn.kaohe.platform.json.CanonicalJson;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of everything a run scores: the scheme file's hash, the population rules' hash and each unit's
 * canonical input hash, in unit-code order. Same inputs, same hash, wherever and whenever it is computed.
 */
public final class RunHash {

    private RunHash() {
    }

    public static String of(String schemeSha256, String populationRules, Map<String, String> unitInputSha256) {
        StringBuilder text = new StringBuilder("kaohe-run-v1\n");
        text.append("scheme:").append(schemeSha256).append('\n');
        text.append("rules:").append(populationRules == null ? "-" : CanonicalJson.sha256(populationRules)).append('\n');
        new TreeMap<>(unitInputSha256).forEach((unit, sha) -> text.append("unit:").append(unit).append(':')
                .append(sha).append('\n'));
        return CanonicalJson.sha256(text.toString());
    }
}
