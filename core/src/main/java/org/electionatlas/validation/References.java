package org.electionatlas.validation;

import static org.electionatlas.model.EntityKind.APPROVAL;
import static org.electionatlas.model.EntityKind.BODY;
import static org.electionatlas.model.EntityKind.CONSTITUENCY;
import static org.electionatlas.model.EntityKind.COUNTY;
import static org.electionatlas.model.EntityKind.EVENT;
import static org.electionatlas.model.EntityKind.ISSUE;
import static org.electionatlas.model.EntityKind.POLLING_STATION;
import static org.electionatlas.model.EntityKind.PROVINCE;

import java.util.Optional;
import java.util.Set;
import org.electionatlas.message.Phrase;
import org.electionatlas.model.Approval;
import org.electionatlas.model.Body;
import org.electionatlas.model.Constituency;
import org.electionatlas.model.County;
import org.electionatlas.model.Event;
import org.electionatlas.model.Issue;
import org.electionatlas.model.PollingStation;
import org.electionatlas.validation.ReferenceRule.Refs;

/**
 * The table of references the catalogue checks: for each, the rule id, whose reference it is, what
 * it is called, what it may name, why it matters, and its examples. One {@link ReferenceRule} runs
 * each row.
 */
final class References {

  private References() {}

  static final ReferenceRule<PollingStation> STATION_COUNTY =
      new ReferenceRule<>(
          "station-county-unknown",
          POLLING_STATION,
          Phrase.of("county", "شهرستان"),
          Set.of(COUNTY),
          Phrase.of(
              "The county runs the station and numbers it; a station whose county is unknown"
                  + " belongs to no executive board, and its voters count nowhere.",
              "شهرستان شعبه را اداره و شماره‌گذاری می‌کند؛ شعبه‌ای که شهرستانش ناشناخته است به هیچ"
                  + " هیئت اجرایی تعلق ندارد و رأی‌دهندگانش در هیچ جا شمرده نمی‌شوند."),
          """
          "counties": [{"id": "ravar", "province": "kerman"}],
          "pollingStations": [
            {"id": "ravar-0001", "county": "ravar", "number": 1},
            {"id": "ravar-0002", "county": "ravr", "number": 2}
          ]""",
          """
          "counties": [{"id": "ravar", "province": "kerman"}],
          "pollingStations": [
            {"id": "ravar-0001", "county": "ravar", "number": 1},
            {"id": "ravar-0002", "county": "ravar", "number": 2}
          ]""",
          Refs.one("county", station -> Optional.of(station.county())));

  static final ReferenceRule<County> COUNTY_PROVINCE =
      new ReferenceRule<>(
          "county-province-unknown",
          COUNTY,
          Phrase.of("province", "استان"),
          Set.of(PROVINCE),
          Phrase.of(
              "Counties are grouped by province for declared station counts, bounding boxes and"
                  + " provincial headquarters; a county outside any province escapes them all.",
              "شهرستان‌ها برای شمار اعلام‌شدهٔ شعبه‌ها، محدودهٔ جغرافیایی و ستاد استان زیر یک"
                  + " استان گروه می‌شوند؛ شهرستانی که در هیچ استانی نیست از همهٔ این‌ها بیرون"
                  + " می‌ماند."),
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}],
          "counties": [{"id": "ravar", "province": "kerman-province"}]""",
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}],
          "counties": [{"id": "ravar", "province": "kerman"}]""",
          Refs.one("province", county -> Optional.of(county.province())));

  static final ReferenceRule<Constituency> CONSTITUENCY_COUNTY =
      new ReferenceRule<>(
          "constituency-county-unknown",
          CONSTITUENCY,
          Phrase.of("county", "شهرستان"),
          Set.of(COUNTY),
          Phrase.of(
              "A constituency is made of counties; an unknown county leaves its voters out of"
                  + " the contest or points at a county that was renamed or split.",
              "حوزهٔ انتخابیه از شهرستان‌ها ساخته می‌شود؛ شهرستانِ ناشناخته رأی‌دهندگانش را از"
                  + " رقابت بیرون می‌گذارد یا به شهرستانی اشاره دارد که نامش عوض شده یا تقسیم"
                  + " شده است."),
          """
          "counties": [{"id": "ravar", "province": "kerman"}],
          "constituencies": [
            {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]}
          ]""",
          """
          "counties": [{"id": "kerman", "province": "kerman"}, {"id": "ravar", "province": "kerman"}],
          "constituencies": [
            {"id": "majlis-kerman-ravar", "contest": "MAJLIS", "counties": ["kerman", "ravar"]}
          ]""",
          Refs.each("counties", Constituency::counties));

  static final ReferenceRule<Body> BODY_PARENT =
      new ReferenceRule<>(
          "body-parent-unknown",
          BODY,
          Phrase.of("parent", "نهاد بالادست"),
          Set.of(BODY),
          Phrase.of(
              "Bodies answer to their parents; an unknown parent breaks the chain of"
                  + " responsibility the atlas is meant to show.",
              "هر نهاد پاسخ‌گوی نهاد بالادست خود است؛ بالادستِ ناشناخته زنجیرهٔ مسئولیتی را"
                  + " که اطلس باید نشان دهد می‌گسلد."),
          """
          "bodies": [
            {"id": "kerman-hq", "kind": "HEADQUARTERS"},
            {"id": "media-hq", "kind": "HEADQUARTERS", "parent": "kerman-election-hq"}
          ]""",
          """
          "bodies": [
            {"id": "kerman-hq", "kind": "HEADQUARTERS"},
            {"id": "media-hq", "kind": "HEADQUARTERS", "parent": "kerman-hq"}
          ]""",
          Refs.one("parent", Body::parent));

  static final ReferenceRule<Body> BODY_JURISDICTION =
      new ReferenceRule<>(
          "body-jurisdiction-unknown",
          BODY,
          Phrase.of("jurisdiction", "حوزهٔ مسئولیت"),
          Set.of(PROVINCE, COUNTY),
          Phrase.of(
              "A provincial or county body works for a province or county of the atlas; an"
                  + " unknown jurisdiction hides which stations it is responsible for.",
              "نهاد استانی یا شهرستانی برای استان یا شهرستانی از اطلس کار می‌کند؛ حوزهٔ مسئولیتِ"
                  + " ناشناخته پنهان می‌کند که کدام شعبه‌ها بر عهدهٔ اوست."),
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}],
          "bodies": [{"id": "kerman-hq", "level": "PROVINCE", "jurisdiction": "kerman-province"}]""",
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}],
          "bodies": [{"id": "kerman-hq", "level": "PROVINCE", "jurisdiction": "kerman"}]""",
          Refs.one("jurisdiction", Body::jurisdiction));

  static final ReferenceRule<Event> EVENT_PARENT =
      new ReferenceRule<>(
          "event-parent-unknown",
          EVENT,
          Phrase.of("parent", "رویداد والد"),
          Set.of(EVENT),
          Phrase.of(
              "Sessions belong to the training or meeting they are part of; an unknown parent"
                  + " detaches a workshop from its programme.",
              "هر نشست جزئی از دوره یا جلسه‌ای است؛ والدِ ناشناخته کارگاه را از برنامه‌اش جدا"
                  + " می‌کند."),
          """
          "events": [
            {"id": "training", "kind": "TRAINING"},
            {"id": "workshop", "parent": "trainig", "kind": "WORKSHOP"}
          ]""",
          """
          "events": [
            {"id": "training", "kind": "TRAINING"},
            {"id": "workshop", "parent": "training", "kind": "WORKSHOP"}
          ]""",
          Refs.one("parent", Event::parent));

  static final ReferenceRule<Event> EVENT_ORGANIZER =
      new ReferenceRule<>(
          "event-organizer-unknown",
          EVENT,
          Phrase.of("organizer", "برگزارکننده"),
          Set.of(BODY),
          Phrase.of(
              "Someone must answer for an event; an organizer that is not a body of the atlas"
                  + " cannot be asked.",
              "کسی باید پاسخ‌گوی رویداد باشد؛ از برگزارکننده‌ای که نهادی از اطلس نیست نمی‌توان"
                  + " پرسید."),
          """
          "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
          "events": [{"id": "training", "kind": "TRAINING", "organizer": "kerman-governorate"}]""",
          """
          "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
          "events": [{"id": "training", "kind": "TRAINING", "organizer": "kerman-hq"}]""",
          Refs.one("organizer", Event::organizer));

  static final ReferenceRule<Event> EVENT_PARTICIPANT =
      new ReferenceRule<>(
          "event-participant-unknown",
          EVENT,
          Phrase.of("participant", "شرکت‌کننده"),
          Set.of(BODY),
          Phrase.of(
              "A participant named by id must be a body of the atlas; describe others by role.",
              "شرکت‌کننده‌ای که با شناسه نام برده می‌شود باید نهادی از اطلس باشد؛ دیگران را با"
                  + " نقششان وصف کنید."),
          """
          "events": [{"id": "training", "kind": "TRAINING",
            "participants": [{"body": "yazd-governors"}]}]""",
          """
          "events": [{"id": "training", "kind": "TRAINING",
            "participants": [{"role": {"fa": "فرمانداران استان یزد", "en": "County governors of Yazd"}}]}]""",
          (event, sink) -> {
            for (int j = 0; j < event.participants().size(); j++) {
              String member = "/participants/" + j + "/body";
              event.participants().get(j).body().ifPresent(body -> sink.accept(member, body));
            }
          });

  static final ReferenceRule<Event> EVENT_PROVINCE =
      new ReferenceRule<>(
          "event-province-unknown",
          EVENT,
          Phrase.of("province", "استان"),
          Set.of(PROVINCE),
          Phrase.of(
              "The provinces of an event say whose staff take part; an unknown one is usually"
                  + " a province left out of the atlas or a misspelt id.",
              "استان‌های یک رویداد می‌گویند کارکنان کجا در آن شرکت دارند؛ استانِ ناشناخته معمولاً"
                  + " استانی است که از اطلس جا افتاده یا شناسه‌اش غلط نوشته شده است."),
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}],
          "events": [{"id": "training", "kind": "TRAINING", "provinces": ["kerman", "yazd"]}]""",
          """
          "provinces": [{"id": "kerman", "code": "IR-08"}, {"id": "yazd", "code": "IR-21"}],
          "events": [{"id": "training", "kind": "TRAINING", "provinces": ["kerman", "yazd"]}]""",
          Refs.each("provinces", Event::provinces));

  static final ReferenceRule<Issue> ISSUE_SCOPE =
      new ReferenceRule<>(
          "issue-scope-unknown",
          ISSUE,
          Phrase.of("scope", "دامنه"),
          Set.of(PROVINCE, COUNTY, CONSTITUENCY, POLLING_STATION),
          Phrase.of(
              "An issue is only useful where it is known to apply; a scope that names nothing"
                  + " in the atlas lets the issue's stations go unprepared.",
              "مسئله تنها جایی به کار می‌آید که معلوم باشد کجا صدق می‌کند؛ دامنه‌ای که به چیزی در"
                  + " اطلس اشاره نکند شعبه‌های آن مسئله را بی‌آمادگی رها می‌کند."),
          """
          "counties": [{"id": "ravar", "province": "kerman"}],
          "issues": [{"id": "late-ballots", "scope": ["ravar", "ravar-0099"]}]""",
          """
          "counties": [{"id": "ravar", "province": "kerman"}],
          "issues": [{"id": "late-ballots", "scope": ["ravar"]}]""",
          Refs.each("scope", Issue::scope));

  static final ReferenceRule<Issue> ISSUE_OWNER =
      new ReferenceRule<>(
          "issue-owner-unknown",
          ISSUE,
          Phrase.of("owner", "مسئول"),
          Set.of(BODY),
          Phrase.of(
              "An issue without a body that owns it is an issue nobody works on.",
              "مسئله‌ای که نهادی مسئولش نیست مسئله‌ای است که کسی رویش کار نمی‌کند."),
          """
          "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
          "issues": [{"id": "late-ballots", "owner": "logistics-committee"}]""",
          """
          "bodies": [{"id": "kerman-hq", "kind": "HEADQUARTERS"}],
          "issues": [{"id": "late-ballots", "owner": "kerman-hq"}]""",
          Refs.one("owner", Issue::owner));

  static final ReferenceRule<Approval> APPROVAL_SCOPE =
      new ReferenceRule<>(
          "approval-scope-unknown",
          APPROVAL,
          Phrase.of("scope", "دامنه"),
          Set.of(PROVINCE, COUNTY, CONSTITUENCY, POLLING_STATION),
          Phrase.of(
              "An approval covers the stations in its scope; a scope that names nothing in"
                  + " the atlas leaves those stations without the approval they wait for.",
              "مجوز شعبه‌های درون دامنه‌اش را در بر می‌گیرد؛ دامنه‌ای که به چیزی در اطلس اشاره"
                  + " نکند آن شعبه‌ها را بی مجوزی که منتظرش هستند می‌گذارد."),
          """
          "counties": [{"id": "kerman", "province": "kerman"}],
          "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
            "scope": ["kerman-city"]}]""",
          """
          "counties": [{"id": "kerman", "province": "kerman"}],
          "approvals": [{"id": "electronic-kerman", "subject": "ELECTRONIC_VOTING",
            "scope": ["kerman"], "settlements": [{"fa": "کرمان", "en": "Kerman"}]}]""",
          Refs.each("scope", Approval::scope));

  static final ReferenceRule<Approval> APPROVAL_AUTHORITY =
      new ReferenceRule<>(
          "approval-authority-unknown",
          APPROVAL,
          Phrase.of("authority", "مرجع"),
          Set.of(BODY),
          Phrase.of(
              "An approval is only as good as the body that gives it, such as the Guardian"
                  + " Council; it must be a body of the atlas.",
              "اعتبار مجوز به نهادی است که آن را می‌دهد، مانند شورای نگهبان؛ آن مرجع باید نهادی"
                  + " از اطلس باشد."),
          """
          "bodies": [{"id": "guardian-council", "kind": "COUNCIL"}],
          "approvals": [{"id": "electronic-kerman", "authority": "shora-ye-negahban"}]""",
          """
          "bodies": [{"id": "guardian-council", "kind": "COUNCIL"}],
          "approvals": [{"id": "electronic-kerman", "authority": "guardian-council"}]""",
          Refs.one("authority", approval -> Optional.of(approval.authority())));
}
