package org.electionatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The layering of SPEC §1, checked where all three modules are on the class path: core knows
 * nothing of io or cli, io nothing of cli, and nothing depends on cli, so the command can change
 * without touching the library an embedder uses.
 */
class LayeringTest {

  private static final String[] CORE = {
    "org.electionatlas.model..",
    "org.electionatlas.validation..",
    "org.electionatlas.calendar..",
    "org.electionatlas.message..",
    "org.electionatlas.text..",
    "org.electionatlas.stats..",
    "org.electionatlas.generate..",
    "org.electionatlas.diff.."
  };

  /** The build's own tools, on this class path for the build's sake: not the library. */
  private static final String BUILD_TOOLS = "org.electionatlas.buildtools..";

  /** Every class of the library and the command, and the build tools. */
  private static final JavaClasses WITH_BUILD_TOOLS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.electionatlas");

  /** Every class of the library and the command. */
  private static final JavaClasses ALL =
      WITH_BUILD_TOOLS.that(
          com.tngtech.archunit.base.DescribedPredicate.not(
              com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(BUILD_TOOLS)));

  @Test
  void the_modules_are_layered_core_then_io_then_cli() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy(CORE)
        .layer("io")
        .definedBy("org.electionatlas.io..")
        .layer("cli")
        .definedBy("org.electionatlas.cli..")
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("io")
        .mayOnlyBeAccessedByLayers("cli")
        .whereLayer("core")
        .mayOnlyBeAccessedByLayers("io", "cli")
        .check(ALL);
  }

  @Test
  void io_does_not_depend_on_cli() {
    noClasses()
        .that()
        .resideInAPackage("org.electionatlas.io..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.electionatlas.cli..")
        .check(ALL);
  }

  @Test
  void only_io_and_the_command_use_the_internal_package_of_io() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.electionatlas.io..", "org.electionatlas.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.electionatlas.io.internal..")
        .check(ALL);
  }

  @Test
  void nothing_of_the_library_or_the_command_uses_the_build_tools() {
    noClasses()
        .that()
        .resideOutsideOfPackage(BUILD_TOOLS)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(BUILD_TOOLS)
        .check(WITH_BUILD_TOOLS);
  }

  @Test
  void every_class_of_the_library_is_in_a_layer() {
    String[] layers = Arrays.copyOf(CORE, CORE.length + 2);
    layers[CORE.length] = "org.electionatlas.io..";
    layers[CORE.length + 1] = "org.electionatlas.cli..";

    classes().should().resideInAnyPackage(layers).check(ALL);
  }

  @Test
  void the_packages_of_the_library_have_no_cycles() {
    slices().matching("org.electionatlas.(*)..").should().beFreeOfCycles().check(ALL);
  }
}
