package de.kiezpress.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request paths are decoded once and refused, not cleaned up, when they could name something outside the folder. */
class RequestPathTest {
    @Test
    void decodesPercentEncodedUtf8() {
        RequestPath path = RequestPath.parse("/bezirke/neuk%C3%B6lln/").orElseThrow();

        assertThat(path.segments()).containsExactly("bezirke", "neukölln");
        assertThat(path.trailingSlash()).isTrue();
        assertThat(path.path()).isEqualTo("/bezirke/neukölln/");
    }

    @Test
    void keepsTheRootAndAFileWithoutSlash() {
        assertThat(RequestPath.parse("/").orElseThrow().segments()).isEmpty();
        assertThat(RequestPath.parse("/").orElseThrow().path()).isEqualTo("/");
        assertThat(RequestPath.parse("/feed.xml").orElseThrow()).isEqualTo(new RequestPath(List.of("feed.xml"), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kiezpress.yaml", "/..", "/../x", "/a/../x", "/%2e%2e/x", "/%2E%2e/x", "/.", "/a/./x",
        "/..%2fx", "/a%2Fb", "/a\\b", "/a%5cb", "/a%00b", "/a//b", "/%", "/%zz", "/%c3", "/%c0%ae%c0%ae/x", "/a%0ab"})
    void refusesPathsThatCouldLeaveTheFolderOrAreNotPaths(String raw) {
        assertThat(RequestPath.parse(raw)).isEmpty();
    }
}
