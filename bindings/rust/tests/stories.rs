//! Buffers of many stories, the wire header, credits, the pronoun at a quote's cue and the
//! speaker's entity, places' zones. Comparisons with the C++ command line tool run when
//! WIREREPORT_CLI names it (ctest sets it).
use std::path::{Path, PathBuf};
use std::process::Command;

use wirereport::{CreditRole, DiagnosticCode, EntityType, ErrorKind, Format, JsonOptions, Options, Parser, Precision};

// Two IPTC 7901 messages written for these tests (the C and Python tests have the same shape).
const FIRST: &str = "\u{1}eca0101 3 wi 64  dpa 0201\n\nHafen/Kiel/Passagiere/\n\
\u{2}(Sperrfrist 5. Juni 10.00 Uhr)\nHafen Kiel meldet Rekord bei Faehrpassagieren =\n\n\
Kiel (dpa/lno) - Der Kieler Hafen hat im Mai so viele Faehrpassagiere abgefertigt wie nie zuvor. \
\"Das ist ein starkes Signal\", sagte Hafenchef Tom Berger. \"Wir rechnen mit mehr\", f\u{fc}gte er hinzu.\n\n\
# Notizblock\n\n* * * *\nDie folgenden Informationen sind nicht zur Veroeffentlichung bestimmt\n\n\
## Kontakte\n- Autor/in: Jana Roth (Kiel)\n\ndpa jr xx\n\n\u{3}041215 Jun 24\n\u{7f}\n\u{7f}\u{4}";
const SECOND: &str = "\u{1}eca0102 4 vm 20  dpa 0202\n\nWetter/\n\u{2}Sonniges Wochenende in Kiel =\n\n\
Kiel (dpa) - Am Wochenende scheint die Sonne.\n\ndpa wet\n\n\u{3}041230 Jun 24\n\u{7f}\n\u{7f}\u{4}";

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures").join(path)
}

fn streams() -> Vec<PathBuf> {
    ["wire/iptc_stream.txt", "wire/anpa_stream.tst", "agency/stream_en.txt"].iter().map(|p| fixture(p)).collect()
}

#[test]
fn stories_are_what_the_cli_prints() {
    let cli = match std::env::var_os("WIREREPORT_CLI") {
        Some(cli) => cli,
        None => return eprintln!("WIREREPORT_CLI not set: comparison with the CLI skipped"),
    };
    for path in streams() {
        let data = std::fs::read(&path).unwrap();
        let out = Command::new(&cli).args(["parse", "--tokens"]).arg(&path).output().unwrap();
        let expected = String::from_utf8(out.stdout).unwrap();
        let ours: Vec<String> = wirereport::stories_bytes(&data)
            .unwrap()
            .map(|a| a.unwrap().to_json_with(&JsonOptions { tokens: true, ..Default::default() }).unwrap() + "\n")
            .collect();
        assert!(ours.len() > 1, "{}", path.display());
        assert_eq!(ours.concat(), expected, "{}", path.display());
    }
}

#[test]
fn stories_tile_the_buffer_and_their_spans_index_the_story() {
    for path in streams() {
        let data = std::fs::read(&path).unwrap();
        let mut end = 0;
        for (index, article) in wirereport::stories_bytes(&data).unwrap().enumerate() {
            let article = article.unwrap();
            let story = article.story().unwrap();
            assert_eq!((story.index, story.span.begin), (index, end), "{}", path.display());
            end = story.span.end;
            if !article.transcoded() {
                assert_eq!(article.bytes(), &data[story.span.range()]);
            }
            for s in article.paragraphs().chain(article.sentences()) {
                assert_eq!(text(&article.bytes()[s.span.range()]), s.text);
            }
        }
        assert_eq!(end as usize, data.len());
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn wire_header_credits_speakers_and_places() {
    let feed = format!("{}{}", FIRST, SECOND);
    let articles: Vec<_> = wirereport::stories(&feed).unwrap().map(Result::unwrap).collect();
    assert_eq!(articles.len(), 2);
    let first = &articles[0];
    assert_eq!(first.format(), Format::Iptc7901);
    assert_eq!(first.story().unwrap().span.range(), 0..FIRST.len());
    assert_eq!(articles[1].story().unwrap().index, 1);
    let w = first.wire().unwrap();
    let t = |s: Option<wirereport::Segment<'_>>| s.map(|s| s.text.into_owned());
    assert_eq!(t(w.service.clone()).as_deref(), Some("eca"));
    assert_eq!(t(w.sequence.clone()).as_deref(), Some("0101"));
    assert_eq!((t(w.priority.clone()).as_deref(), w.priority_level), (Some("3"), Some(3)));
    assert_eq!(t(w.category.clone()).as_deref(), Some("wi"));
    assert_eq!(t(w.slug.clone()).as_deref(), Some("Hafen/Kiel/Passagiere"));
    assert_eq!((t(w.word_count.clone()).as_deref(), w.word_count_value), (Some("64"), Some(64)));
    assert_eq!(t(w.agency.clone()).as_deref(), Some("dpa"));
    assert_eq!(t(w.agency_sequence.clone()).as_deref(), Some("0201"));
    assert!(w.take.is_none() && w.selector.is_none() && w.reference.is_none() && w.filing_date.is_none());
    let embargo = w.embargo.clone().unwrap();
    assert_eq!(embargo.text, "Sperrfrist 5. Juni 10.00 Uhr");
    assert_eq!(embargo.value.unwrap().to_string(), "2024-06-05T10:00:00+02:00");
    assert!(!w.preserved);
    assert_eq!(t(w.notepad.clone()).as_deref(), Some("# Notizblock"));
    assert!(t(w.nonpublic.clone()).unwrap().ends_with("Jana Roth (Kiel)"));
    assert_eq!(t(w.signoff.clone()).as_deref(), Some("dpa jr xx"));
    let keywords: Vec<_> = first.keywords().map(|k| k.text.into_owned()).collect();
    assert_eq!(keywords, ["Hafen", "Kiel", "Passagiere"]);
    let flags: Vec<_> = first.flags().map(|f| f.text.into_owned()).collect();
    assert_eq!(flags, ["(Sperrfrist 5. Juni 10.00 Uhr)"]);
    assert_eq!(first.ednotes().len(), 0);
    let credits: Vec<_> = first.credits().map(|c| (c.role, c.name.text.into_owned())).collect();
    assert_eq!(credits, [(CreditRole::Author, "Jana Roth".to_string())]);
    assert_eq!(CreditRole::AdditionalReporting.name(), "additional_reporting");

    let quotes: Vec<_> = first.quotes().collect();
    assert_eq!(quotes.len(), 2);
    assert!(quotes[0].speaker_mention.is_none());
    assert_eq!(quotes[0].speaker_key.as_ref().unwrap().text, "Tom Berger");
    assert_eq!(quotes[1].text, "Wir rechnen mit mehr");
    assert_eq!(quotes[1].speaker.as_ref().unwrap().text, "Hafenchef Tom Berger");
    assert_eq!(quotes[1].speaker_mention.as_ref().unwrap().text, "er");
    assert_eq!(quotes[1].speaker_key.as_ref().unwrap().text, "Tom Berger");

    let mut places = 0;
    for e in first.entities() {
        if e.entity_type == EntityType::Place && e.text == "Kiel" {
            assert_eq!((e.zone, e.country), (Some("Europe/Berlin"), Some("DE")));
            places += 1;
        } else if e.entity_type != EntityType::Place {
            assert_eq!((e.zone, e.country), (None, None));
        }
    }
    assert!(places > 0);
}

#[test]
fn one_story_no_story_and_no_wire() {
    let one: Vec<_> = wirereport::stories(FIRST).unwrap().collect();
    assert_eq!(one.len(), 1);
    let one = one.into_iter().next().unwrap().unwrap();
    assert!(one.story().is_none());
    assert_eq!(one.to_json(), wirereport::parse(FIRST).unwrap().to_json());
    let empty: Vec<_> = wirereport::stories("").unwrap().map(Result::unwrap).collect();
    assert_eq!(empty.len(), 1);
    assert_eq!(empty[0].diagnostics().next().unwrap().code, DiagnosticCode::EmptyInput);
    let web = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/reports/web_de_kanzler.txt"),
    )
    .unwrap();
    let web = wirereport::parse(&web).unwrap();
    assert!(web.wire().is_none() && web.story().is_none() && web.credits().len() == 0);
}

#[test]
fn rejected_stories_are_errors_and_the_iteration_goes_on() {
    let mut feed = FIRST.as_bytes().to_vec();
    feed.extend(SECOND.bytes().map(|b| if b == b'.' { 0xff } else { b })); // "Sonne\xff": not UTF-8
    feed.extend_from_slice(FIRST.as_bytes());
    let strict = Parser::new(&Options { reject_invalid_utf8: true, ..Default::default() }).unwrap();
    let results: Vec<_> = strict.stories_bytes(&feed).unwrap().collect();
    assert_eq!(results.len(), 3);
    assert!(results[0].is_ok() && results[2].is_ok());
    let e = results[1].as_ref().err().unwrap();
    assert_eq!(e.kind(), ErrorKind::InvalidUtf8);
    assert!(e.offset().unwrap() > 0);
    assert_eq!(results[2].as_ref().unwrap().story().unwrap().index, 2);
    // Kept without the option: read as Windows-1252 into the article's own text.
    let kept: Vec<_> = wirereport::stories_bytes(&feed).unwrap().map(Result::unwrap).collect();
    assert!(kept[1].transcoded() && kept[1].text().contains("Sonne\u{ff}"));
    let small = Parser::new(&Options { max_input_bytes: Some(10), ..Default::default() }).unwrap();
    assert_eq!(small.stories(FIRST).unwrap().next().unwrap().err().unwrap().kind(), ErrorKind::TooLarge);
    // The format decides how a buffer is cut: bare text is one story.
    let text = Parser::new(&Options { format: Format::Text, ..Default::default() }).unwrap();
    assert_eq!(text.stories(&format!("{}{}", FIRST, SECOND)).unwrap().count(), 1);
}

#[test]
fn articles_outlive_the_iterator_and_it_moves_between_threads() {
    let feed = format!("{}{}", FIRST, SECOND).repeat(10);
    let mut stories = wirereport::stories(&feed).unwrap();
    let first = stories.next().unwrap().unwrap();
    let rest: Vec<_> =
        std::thread::scope(|scope| scope.spawn(move || stories.map(Result::unwrap).collect()).join()).unwrap();
    assert_eq!(rest.len(), 19);
    assert_eq!(first.wire().unwrap().slug.unwrap().text, "Hafen/Kiel/Passagiere");
    assert_eq!(rest.last().unwrap().story().unwrap().span.end as usize, feed.len());
}

#[test]
fn week_precision() {
    assert!(Precision::Month < Precision::Week && Precision::Week < Precision::Day);
    assert!(!Precision::Week.has_time_of_day() && Precision::Minute.has_time_of_day());
    let text = "Sep 15, 2023 11:52 Europe/Berlin\n  \u{2022} Titel\n\nBerlin - Das war vergangene Woche.\n";
    let a = wirereport::parse(text).unwrap();
    let week = a.times().find(|t| t.text == "vergangene Woche").expect("a week");
    let value = week.value.unwrap();
    assert_eq!(value.precision, Precision::Week);
    assert_eq!(value.to_string(), "2023-W36");
}
