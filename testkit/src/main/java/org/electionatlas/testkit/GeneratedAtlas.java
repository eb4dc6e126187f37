package org.electionatlas.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link AtlasExtension} for a generated synthetic atlas as a test method's {@link
 * org.electionatlas.model.Atlas} parameter: {@code @GeneratedAtlas(stations = 10_000, seed = 7)
 * Atlas atlas}. The atlas is made once per station count and seed for the whole test run, and
 * shared by every test that asks for the same one. See {@link AtlasFixtures#generated(int, long)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface GeneratedAtlas {

  /** {@return how many polling stations the atlas has} */
  int stations();

  /** {@return the seed of the synthetic values; 1 unless given} */
  long seed() default 1;
}
