package org.shouwang;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Gives each test the security-context strategy of the Spring context it runs in.
 *
 * <p>Vaadin's security configuration makes a strategy bean with its own thread-local and installs it
 * as {@link SecurityContextHolder}'s global strategy. Spring Security's filters keep the bean they were
 * built with. When the test run starts a second Spring context (another port, other properties), the
 * global strategy becomes the new context's, and a request served by a cached earlier context would be
 * authenticated in one thread-local and looked up in another. A production server has one context, so
 * this only concerns tests; registered for all of them in {@code META-INF/spring.factories}.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
