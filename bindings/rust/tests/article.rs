//! The safe API over the C ABI: fields, spans, options, errors, threads. Comparisons with the
//! C++ command line tool run when WIREREPORT_CLI names it (ctest sets it).
use std::path::{Path, PathBuf};
use std::process::Command;

use wirereport::{DiagnosticCode, EntityType, ErrorKind, Format, JsonOptions, Language, Options, Parser, TokenKind};

// A web copy written for these tests.
const KIEL: &str = "Jun 4, 2024 08:15 Europe/Berlin\n  \u{2022} Hafen Kiel meldet Rekord bei F\u{e4}hrpassagieren\n\n\
Kiel - Der Kieler Hafen hat im Mai so viele F\u{e4}hrpassagiere abgefertigt wie nie zuvor. \
\u{201e}Das ist ein starkes Signal\u{201c}, sagte Hafenchef Tom Berger am Montag.\n\n\
Die Reedereien rechnen f\u{fc}r den Sommer mit weiteren Zuw\u{e4}chsen.\n";

fn reports() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/reports");
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    out.sort();
    assert!(out.len() >= 4);
    out
}

#[test]
fn fields_of_a_web_report() {
    let a = wirereport::parse(KIEL).unwrap();
    assert_eq!((a.format(), a.language(), a.transcoded()), (Format::Web, Language::De, false));
    assert_eq!(a.format().name(), "web");
    let p = a.published().unwrap();
    assert_eq!(p.text, "Jun 4, 2024 08:15 Europe/Berlin");
    assert_eq!(p.local.to_string(), "2024-06-04T08:15:00");
    assert_eq!(p.zone, Some("Europe/Berlin"));
    assert_eq!(p.utc.unwrap().to_string(), "2024-06-04T06:15:00Z");
    let h = a.headline().unwrap();
    assert_eq!(h.text, "Hafen Kiel meldet Rekord bei F\u{e4}hrpassagieren");
    assert_eq!(&KIEL[h.span.range()], h.text);
    let d = a.dateline().unwrap();
    assert_eq!(d.text, "Kiel -");
    let place = d.place.unwrap();
    assert_eq!((place.text.as_ref(), place.zone, place.country), ("Kiel", Some("Europe/Berlin"), Some("DE")));
    assert!(d.agency.is_none() && d.date.is_none() && a.byline().is_none());
    let paragraphs: Vec<_> = a.paragraphs().map(|p| p.text.into_owned()).collect();
    assert_eq!(paragraphs[1], "Die Reedereien rechnen f\u{fc}r den Sommer mit weiteren Zuw\u{e4}chsen.");
    assert_eq!(a.sentences().len(), 4);
    let first = a.tokens().next().unwrap();
    assert_eq!((first.text.as_ref(), first.kind), ("Hafen", TokenKind::Word));
    assert!(first.flags & wirereport::token_flag::CAPITALIZED != 0);
    assert_eq!(a.diagnostics().len(), 0);
    assert!(a.tokens().get(a.tokens().len()).is_none());
    // Views borrow the input: no copy for a str.
    assert!(matches!(h.text, std::borrow::Cow::Borrowed(_)));
    assert_eq!(a.bytes().as_ptr(), KIEL.as_ptr());
}

#[test]
fn spans_and_texts_agree_and_regions_tile() {
    for path in reports() {
        let text = std::fs::read_to_string(&path).unwrap();
        let a = wirereport::parse(&text).unwrap();
        let mut end = 0;
        for r in a.regions() {
            assert_eq!(r.span.begin, end, "{}", path.display());
            assert_eq!(&text[r.span.range()], r.text);
            end = r.span.end;
        }
        assert_eq!(end as usize, text.len());
        for s in a.paragraphs().chain(a.sentences()).chain(a.tags()).chain(a.authors()) {
            assert_eq!(&text[s.span.range()], s.text);
        }
        for t in a.tokens() {
            assert_eq!(&text[t.span.range()], t.text);
        }
        for q in a.quotes() {
            assert_eq!(&text[q.span.range()], q.text);
        }
        for e in a.entities() {
            assert_eq!(&text[e.span.range()], e.text);
            assert_ne!(e.entity_type, EntityType::Other(-1));
        }
        for t in a.times() {
            assert_eq!(&text[t.span.range()], t.text);
        }
    }
}

#[test]
fn json_equals_the_cli() {
    let cli = match std::env::var_os("WIREREPORT_CLI") {
        Some(cli) => cli,
        None => return eprintln!("WIREREPORT_CLI not set: comparison with the CLI skipped"),
    };
    for path in reports() {
        let text = std::fs::read_to_string(&path).unwrap();
        let a = wirereport::parse(&text).unwrap();
        let out = Command::new(&cli).args(["parse", "--tokens"]).arg(&path).output().unwrap();
        let ours = a.to_json_with(&JsonOptions { tokens: true, ..Default::default() }).unwrap() + "\n";
        assert_eq!(ours, String::from_utf8(out.stdout).unwrap(), "{}", path.display());
    }
}

#[test]
fn json_options() {
    let a = wirereport::parse(KIEL).unwrap();
    assert!(a.to_json().starts_with("{\"schema\":1,\"format\":\"web\""));
    let with_id = a.to_json_with(&JsonOptions { id_json: Some("\"k1\""), ..Default::default() }).unwrap();
    assert!(with_id.starts_with("{\"schema\":1,\"id\":\"k1\","));
    assert!(a
        .to_json_with(&JsonOptions { pretty: true, ..Default::default() })
        .unwrap()
        .starts_with("{\n  \"schema\": 1,"));
    let bad = a.to_json_with(&JsonOptions { id_json: Some("k1"), ..Default::default() }).unwrap_err();
    assert_eq!(bad.kind(), ErrorKind::InvalidArgument);
}

#[test]
fn invalid_utf8_is_kept_and_shown_as_replacement_characters() {
    let mut data = "Gr\u{fc}\u{df}e aus K\u{f6}ln mit ".as_bytes().to_vec();
    data.extend_from_slice(b"\xc3\x28 und \xff\xfe noch mehr.");
    let a = wirereport::parse_bytes(&data).unwrap();
    let d = a.diagnostics().next().unwrap();
    assert_eq!((d.code, d.offset), (DiagnosticCode::InvalidUtf8, 22));
    assert_eq!(d.code.name(), "invalid_utf8");
    assert!(!d.message().is_empty());
    assert_eq!(a.text().matches('\u{FFFD}').count(), 3);
}

#[test]
fn rejected_input_and_bad_options() {
    let strict = Parser::new(&Options { reject_invalid_utf8: true, ..Default::default() }).unwrap();
    let e = strict.parse_bytes(b"abc \xff def").unwrap_err();
    assert_eq!((e.kind(), e.offset()), (ErrorKind::InvalidUtf8, Some(4)));
    assert!(e.to_string().contains("at byte 4"));
    let small = Parser::new(&Options { max_input_bytes: Some(10), ..Default::default() }).unwrap();
    assert_eq!(small.parse(KIEL).unwrap_err().kind(), ErrorKind::TooLarge);
    let too_big = Parser::new(&Options { max_input_bytes: Some(1 << 40), ..Default::default() });
    assert_eq!(too_big.err().unwrap().kind(), ErrorKind::InvalidArgument);
    let unknown = Parser::new(&Options { format: Format::Other(99), ..Default::default() });
    assert_eq!(unknown.err().unwrap().kind(), ErrorKind::InvalidArgument);
    let zone = Parser::new(&Options { default_zone: Some("Mars/Olympus".into()), ..Default::default() }).unwrap();
    assert!(zone.parse(KIEL).unwrap().diagnostics().any(|d| d.code == DiagnosticCode::UnknownZone));
    let text = Parser::new(&Options { format: Format::Text, language: Language::En, ..Default::default() }).unwrap();
    let a = text.parse(KIEL).unwrap();
    assert_eq!((a.format(), a.language()), (Format::Text, Language::En));
}

#[test]
fn limits_drop_quotes_and_entities_with_a_diagnostic() {
    let text = "\"One\", said Ann Lee. \"Two\", said Bob Hart in Boston. \"Three\", she said.\n";
    let everything = wirereport::parse(text).unwrap();
    assert!(everything.quotes().count() >= 2 && everything.entities().count() >= 1);
    let options = Options { max_quotes: Some(1), max_entities: Some(0), ..Default::default() };
    let limited = Parser::new(&options).unwrap().parse(text).unwrap();
    assert_eq!((limited.quotes().count(), limited.entities().count()), (1, 0));
    assert!(limited.diagnostics().any(|d| d.code == DiagnosticCode::TooManyQuotes));
    assert!(limited.diagnostics().any(|d| d.code == DiagnosticCode::TooManyEntities));
    assert_eq!(DiagnosticCode::TooManyEntities.name(), "too_many_entities");
}

#[test]
fn legacy_charset_is_transcoded_into_the_article() {
    let latin1 = b"Gr\xfc\xdfe aus K\xf6ln.\n";
    let parser = Parser::new(&Options { encoding: wirereport::Encoding::Latin1, ..Default::default() }).unwrap();
    let a = parser.parse_bytes(latin1).unwrap();
    assert!(a.transcoded());
    assert_eq!(a.text(), "Gr\u{fc}\u{df}e aus K\u{f6}ln.\n");
    assert_eq!(a.sentences().next().unwrap().text, "Gr\u{fc}\u{df}e aus K\u{f6}ln.");
}

#[test]
fn empty_input() {
    let a = wirereport::parse("").unwrap();
    assert!(a.bytes().is_empty() && a.headline().is_none() && a.paragraphs().len() == 0);
    assert_eq!(a.diagnostics().next().unwrap().code, DiagnosticCode::EmptyInput);
}

#[test]
fn one_parser_many_threads() {
    let parser = Parser::new(&Options::default()).unwrap();
    let texts: Vec<String> = reports().iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    let expected: Vec<String> = texts.iter().map(|t| parser.parse(t).unwrap().to_json()).collect();
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| {
                for _ in 0..10 {
                    for (t, e) in texts.iter().zip(&expected) {
                        assert_eq!(&parser.parse(t).unwrap().to_json(), e);
                    }
                }
            });
        }
    });
    // An article can be read from another thread too.
    let a = parser.parse(&texts[0]).unwrap();
    let headline =
        std::thread::scope(|scope| scope.spawn(|| a.headline().map(|h| h.text.into_owned())).join().unwrap());
    assert_eq!(headline, a.headline().map(|h| h.text.into_owned()));
}

#[test]
fn version() {
    assert_eq!(wirereport::version(), env!("CARGO_PKG_VERSION"));
}
