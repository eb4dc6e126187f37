package org.electionatlas.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link AtlasExtension} for a bundled sample atlas, by name, as a test method's {@link
 * org.electionatlas.model.Atlas} parameter: {@code @Fixture("kerman-1402") Atlas kerman}. The names
 * are those of {@link org.electionatlas.io.Samples#names()}: {@code kerman-1402}, {@code minimal},
 * {@code iran-provinces}. Every test gets the same instance, read once ({@link Fixtures}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Fixture {

  /** {@return the sample's name, such as {@code kerman-1402}} */
  String value();
}
