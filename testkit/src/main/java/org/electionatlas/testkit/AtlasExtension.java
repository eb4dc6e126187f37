package org.electionatlas.testkit;

import java.util.Optional;
import org.electionatlas.io.Samples;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that gives test methods atlases: a bundled sample for a parameter annotated
 * {@link Fixture}, a generated atlas for one annotated {@link GeneratedAtlas}.
 *
 * <pre>{@code
 * @ExtendWith(AtlasExtension.class)
 * class StationCountTest {
 *   @Test
 *   void kermanDeclaresWhatItHas(@Fixture("kerman-1402") Atlas kerman) { ... }
 *
 *   @Test
 *   void scalesToTenThousandStations(@GeneratedAtlas(stations = 10_000, seed = 7) Atlas atlas) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Samples are read once per JVM ({@link Fixtures}); generated atlases are kept in the root
 * extension store, one per station count and seed, so that every test class of the run that asks
 * for the same one shares it. A fixture name that is not a bundled sample, a parameter that is not
 * an {@link Atlas}, or one with both annotations fails the test with a {@link
 * ParameterResolutionException} that says which parameter and why.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AtlasExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(AtlasExtension.class);

  /** The key of a generated atlas in the extension store. */
  private record Generated(int stations, long seed) {}

  /** Called by JUnit, for {@code @ExtendWith(AtlasExtension.class)}. */
  public AtlasExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.isAnnotated(Fixture.class) || parameter.isAnnotated(GeneratedAtlas.class);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Optional<Fixture> fixture = parameter.findAnnotation(Fixture.class);
    Optional<GeneratedAtlas> generated = parameter.findAnnotation(GeneratedAtlas.class);
    if (fixture.isPresent() && generated.isPresent()) {
      throw failure(parameter, "has both @Fixture and @GeneratedAtlas; it can have one");
    }
    if (!parameter.getParameter().getType().equals(Atlas.class)) {
      throw failure(
          parameter,
          "is a "
              + parameter.getParameter().getType().getName()
              + "; @Fixture and @GeneratedAtlas give an "
              + Atlas.class.getName());
    }
    if (fixture.isPresent()) {
      return sample(parameter, fixture.get().value());
    }
    GeneratedAtlas wanted = generated.orElseThrow();
    Generated key = new Generated(wanted.stations(), wanted.seed());
    try {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(
              key, k -> AtlasFixtures.generated(k.stations(), k.seed()), Atlas.class);
    } catch (IllegalArgumentException e) {
      throw failure(parameter, "asks for a generated atlas that cannot be made: " + e.getMessage());
    }
  }

  private static Atlas sample(ParameterContext parameter, String name) {
    if (!Samples.names().contains(name)) {
      throw failure(
          parameter,
          "asks for @Fixture(\""
              + name
              + "\"), which is not a bundled sample; the samples are "
              + String.join(", ", Samples.names()));
    }
    return Fixtures.sample(name);
  }

  private static ParameterResolutionException failure(ParameterContext parameter, String why) {
    return new ParameterResolutionException(
        "Parameter "
            + parameter.getIndex()
            + " of "
            + parameter.getDeclaringExecutable().getDeclaringClass().getSimpleName()
            + "."
            + parameter.getDeclaringExecutable().getName()
            + " "
            + why);
  }
}
