package org.electionatlas.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.electionatlas.model.Atlas;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs test classes that misuse {@link AtlasExtension}, through the JUnit launcher as a build tool
 * would, and checks the error their author reads.
 */
class AtlasExtension_misuse_Test {

  @Test
  void should_fail_with_the_names_of_the_samples_when_a_fixture_name_is_unknown() {
    // WHEN
    Throwable failure = onlyFailureOf(UnknownFixture.class);
    // THEN
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Parameter 0 of UnknownFixture.usesIt asks for @Fixture(\"kerman-1403\"), which is not"
                + " a bundled sample; the samples are kerman-1402, minimal, iran-provinces");
  }

  @Test
  void should_fail_when_the_parameter_is_not_an_atlas() {
    // WHEN
    Throwable failure = onlyFailureOf(NotAnAtlas.class);
    // THEN
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Parameter 0 of NotAnAtlas.usesIt is a java.lang.String; @Fixture and @GeneratedAtlas"
                + " give an org.electionatlas.model.Atlas");
  }

  @Test
  void should_fail_when_the_parameter_has_both_annotations() {
    // WHEN
    Throwable failure = onlyFailureOf(BothAnnotations.class);
    // THEN
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Parameter 0 of BothAnnotations.usesIt has both @Fixture and @GeneratedAtlas; it can"
                + " have one");
  }

  @Test
  void should_fail_when_a_generated_atlas_cannot_be_made() {
    // WHEN
    Throwable failure = onlyFailureOf(NegativeStations.class);
    // THEN
    assertThat(failure)
        .isInstanceOf(ParameterResolutionException.class)
        .hasMessage(
            "Parameter 0 of NegativeStations.usesIt asks for a generated atlas that cannot be"
                + " made: stations must be between 0 and 10000000, but is -5");
  }

  /** Runs the class's tests, which are disabled for every other runner, and returns the failure. */
  private static Throwable onlyFailureOf(Class<?> testClass) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectClass(testClass))
            .configurationParameter(
                "junit.jupiter.conditions.deactivate", "org.junit.*DisabledCondition")
            .build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    LauncherFactory.create().execute(request, listener);
    List<TestExecutionSummary.Failure> failures = listener.getSummary().getFailures();
    assertThat(failures).hasSize(1);
    return failures.get(0).getException();
  }

  @Disabled("run only by AtlasExtension_misuse_Test, through the launcher")
  @ExtendWith(AtlasExtension.class)
  static class UnknownFixture {
    @Test
    void usesIt(@Fixture("kerman-1403") Atlas atlas) {}
  }

  @Disabled("run only by AtlasExtension_misuse_Test, through the launcher")
  @ExtendWith(AtlasExtension.class)
  static class NotAnAtlas {
    @Test
    void usesIt(@Fixture("minimal") String atlas) {}
  }

  @Disabled("run only by AtlasExtension_misuse_Test, through the launcher")
  @ExtendWith(AtlasExtension.class)
  static class BothAnnotations {
    @Test
    void usesIt(@Fixture("minimal") @GeneratedAtlas(stations = 1) Atlas atlas) {}
  }

  @Disabled("run only by AtlasExtension_misuse_Test, through the launcher")
  @ExtendWith(AtlasExtension.class)
  static class NegativeStations {
    @Test
    void usesIt(@GeneratedAtlas(stations = -5) Atlas atlas) {}
  }
}
