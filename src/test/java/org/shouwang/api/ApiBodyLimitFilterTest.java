package org.shouwang.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.shouwang.base.Translations;
import org.shouwang.base.UploadLimit;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The API's body limit, also for a body that does not say its length (chunked). */
class ApiBodyLimitFilterTest {

    private final ApiBodyLimitFilter filter = new ApiBodyLimitFilter(new UploadLimit(DataSize.ofBytes(10)),
            new ApiProblems(new Translations(), new ObjectMapper()));

    /** A request whose body has no declared length, as with chunked transfer. */
    private static MockHttpServletRequest chunked(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/x") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        request.setContent(body.getBytes());
        return request;
    }

    @Test
    void a_body_that_says_it_is_too_long_is_refused_before_it_is_read() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v1/x");
        request.setContent("12345678901".getBytes());
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain chain = (req, res) -> {
            throw new AssertionError("the handler must not run");
        };

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void a_chunked_body_stops_at_the_limit_and_one_within_it_is_read_whole() throws Exception {
        FilterChain read = (req, res) -> req.getInputStream().readAllBytes();
        FilterChain readChars = (req, res) -> req.getReader().lines().count();

        assertThatThrownBy(() -> filter.doFilter(chunked("12345678901"), new MockHttpServletResponse(), read))
                .isInstanceOf(ApiBodyLimitFilter.BodyTooLargeException.class);
        assertThatThrownBy(() -> filter.doFilter(chunked("12345678901"), new MockHttpServletResponse(), readChars))
                .hasRootCauseInstanceOf(ApiBodyLimitFilter.BodyTooLargeException.class);
        byte[][] seen = new byte[1][];
        filter.doFilter(chunked("1234567890"), new MockHttpServletResponse(),
                (req, res) -> seen[0] = req.getInputStream().readAllBytes());
        assertThat(new String(seen[0])).isEqualTo("1234567890");
    }
}
