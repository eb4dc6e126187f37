package org.electionatlas.validation;

import org.electionatlas.message.Argument;
import org.electionatlas.message.MessageTemplate;
import org.jspecify.annotations.Nullable;

/** Transitional: the old way rules reported, a sentence of English; removed once all are ported. */
final class Findings {

  private static final MessageTemplate LEGACY = MessageTemplate.english("legacy", "{text}");

  private final RuleContext context;

  Findings(RuleContext context) {
    this.context = context;
  }

  ValidationPolicy policy() {
    return context.policy();
  }

  void report(String pointer, @Nullable String subjectId, String message) {
    context.report(pointer, subjectId, LEGACY.with("text", Argument.text(message)));
  }
}
