package io.redispool.launcher;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SettingTests {

    @Test
    void nameWithDashesAndCapitalsIsNormalized() {
        Setting setting = Setting.of("--MaxMemory", List.of("5mb"));
        assertThat(setting.arguments()).containsExactly("--maxmemory", "5mb");
    }

    @Test
    void passwordDirectivesAreMaskedAndReportedAsSecrets() {
        Setting setting = Setting.of("requirepass", List.of("s3cret"));
        assertThat(setting.maskedArguments()).containsExactly("--requirepass", "****");
        assertThat(setting.secrets()).containsExactly("s3cret");
        assertThat(setting).hasToString("requirepass ****");
    }

    @Test
    void aclUserDirectiveMasksOnlyPasswordRules() {
        Setting setting = Setting.of("user", List.of("bob", "on", ">pw1", "<pw2", "#abc", "!def", "~*", "+@all"));
        assertThat(setting.maskedArguments()).containsExactly("--user", "bob", "on", "****", "****", "****", "****",
                "~*", "+@all");
        assertThat(setting.secrets()).containsExactly(">pw1", "<pw2", "#abc", "!def");
    }

    @Test
    void ordinaryDirectiveShowsItsValues() {
        assertThat(Setting.of("save", List.of("900", "1"))).hasToString("save 900 1");
        assertThat(Setting.of("save", List.of("900", "1")).secrets()).isEmpty();
    }

    @Test
    void valueStartingWithDashesIsRejectedWithoutShowingSecret() {
        assertThatIllegalArgumentException().isThrownBy(() -> Setting.of("requirepass", List.of("--s3cret")))
            .withMessageContaining("'requirepass'")
            .withMessageNotContaining("s3cret");
    }

    @Test
    void blankNameIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> Setting.of(" ", List.of("x")))
            .withMessageContaining("'name' must be a redis.conf directive");
    }

}
