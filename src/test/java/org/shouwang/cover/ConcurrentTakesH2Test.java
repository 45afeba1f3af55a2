package org.shouwang.cover;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link ConcurrentTakesTest} on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class ConcurrentTakesH2Test extends ConcurrentTakesTest {
}
