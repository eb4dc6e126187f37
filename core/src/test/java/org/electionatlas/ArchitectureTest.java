package org.electionatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Core stays pure: the model and the validator know nothing of JSON, files or the CLI. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.electionatlas");

  @Test
  void core_does_not_depend_on_jackson() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void core_does_not_depend_on_io_or_cli() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.electionatlas.io..", "org.electionatlas.cli..")
        .check(CORE);
  }

  @Test
  void core_does_no_file_or_stream_io() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.net..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileOutputStream")
        .check(CORE);
  }

  @Test
  void the_packages_of_core_have_no_cycles() {
    slices().matching("org.electionatlas.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
