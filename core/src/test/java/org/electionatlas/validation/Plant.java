package org.electionatlas.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Atlas;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.Election;
import org.electionatlas.model.Event;
import org.electionatlas.model.Issue;
import org.electionatlas.model.PollingStation;
import org.electionatlas.model.Province;

/** Plants one defect in an atlas by changing one entity, so a test states only what matters. */
final class Plant {

  private Plant() {}

  static Atlas station(Atlas atlas, int i, UnaryOperator<PollingStation.Builder> change) {
    PollingStation changed =
        change.apply(PollingStation.builder().from(atlas.pollingStations().get(i))).build();
    return Atlas.builder()
        .from(atlas)
        .pollingStations(replace(atlas.pollingStations(), i, changed))
        .build();
  }

  static Atlas election(Atlas atlas, UnaryOperator<Election.Builder> change) {
    return Atlas.builder()
        .from(atlas)
        .election(change.apply(Election.builder().from(atlas.election())).build())
        .build();
  }

  static Atlas province(Atlas atlas, int i, UnaryOperator<Province.Builder> change) {
    Province changed = change.apply(Province.builder().from(atlas.provinces().get(i))).build();
    return Atlas.builder().from(atlas).provinces(replace(atlas.provinces(), i, changed)).build();
  }

  static Atlas county(Atlas atlas, int i, UnaryOperator<County.Builder> change) {
    County changed = change.apply(County.builder().from(atlas.counties().get(i))).build();
    return Atlas.builder().from(atlas).counties(replace(atlas.counties(), i, changed)).build();
  }

  static Atlas constituency(Atlas atlas, int i, UnaryOperator<Constituency.Builder> change) {
    Constituency changed =
        change.apply(Constituency.builder().from(atlas.constituencies().get(i))).build();
    return Atlas.builder()
        .from(atlas)
        .constituencies(replace(atlas.constituencies(), i, changed))
        .build();
  }

  static Atlas body(Atlas atlas, int i, UnaryOperator<Body.Builder> change) {
    Body changed = change.apply(Body.builder().from(atlas.bodies().get(i))).build();
    return Atlas.builder().from(atlas).bodies(replace(atlas.bodies(), i, changed)).build();
  }

  static Atlas event(Atlas atlas, int i, UnaryOperator<Event.Builder> change) {
    Event changed = change.apply(Event.builder().from(atlas.events().get(i))).build();
    return Atlas.builder().from(atlas).events(replace(atlas.events(), i, changed)).build();
  }

  static Atlas issue(Atlas atlas, int i, UnaryOperator<Issue.Builder> change) {
    Issue changed = change.apply(Issue.builder().from(atlas.issues().get(i))).build();
    return Atlas.builder().from(atlas).issues(replace(atlas.issues(), i, changed)).build();
  }

  static Atlas approval(Atlas atlas, int i, UnaryOperator<Approval.Builder> change) {
    Approval changed = change.apply(Approval.builder().from(atlas.approvals().get(i))).build();
    return Atlas.builder().from(atlas).approvals(replace(atlas.approvals(), i, changed)).build();
  }

  private static <T> List<T> replace(List<T> list, int i, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(i, value);
    return copy;
  }
}
