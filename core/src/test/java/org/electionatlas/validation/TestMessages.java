package org.electionatlas.validation;

import org.electionatlas.message.Argument;
import org.electionatlas.message.Message;
import org.electionatlas.message.MessageTemplate;

/** Messages for tests that need one but do not care about its wording. */
final class TestMessages {

  private static final MessageTemplate TEXT = MessageTemplate.of("test", "{text}", "{text}");

  private TestMessages() {}

  static Message text(String text) {
    return TEXT.with("text", Argument.text(text));
  }
}
