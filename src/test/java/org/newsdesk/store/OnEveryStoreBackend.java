package org.newsdesk.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A store test that runs once on H2 and once on PostgreSQL; the test method takes a
 * {@link StoreBackend}, which JUnit closes afterwards.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@ArgumentsSource(StoreBackends.class)
public @interface OnEveryStoreBackend {}
