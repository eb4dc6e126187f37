package org.electionatlas.bench;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.electionatlas.io.AtlasSchema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates an atlas file with a general JSON Schema validator (networknt, draft 2020-12, its
 * defaults) and the format's own schema: what a user without this library would do. The file is
 * parsed into a tree first, as that validator needs.
 *
 * <p>{@code java -cp benchmarks.jar org.electionatlas.bench.SchemaCheck FILE}
 */
public final class SchemaCheck {

  private SchemaCheck() {}

  /** Validates the file named by the only argument and prints how many errors the schema found. */
  public static void main(String[] args) {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(AtlasSchema.text(), InputFormat.JSON);
    JsonNode document = JsonMapper.builder().build().readTree(Path.of(args[0]));
    List<Error> errors = schema.validate(document);
    System.out.printf(Locale.ROOT, "schema: %,d errors%n", errors.size());
  }
}
