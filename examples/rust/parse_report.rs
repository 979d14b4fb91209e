//! Parses a report and prints its main fields: `cargo run --example parse_report -- FILE`.
use std::process::ExitCode;

fn main() -> ExitCode {
    let path = match std::env::args().nth(1) {
        Some(path) => path,
        None => {
            eprintln!("usage: parse_report FILE");
            return ExitCode::from(1);
        }
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("parse_report: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let article = match wirereport::parse(&text) {
        Ok(article) => article,
        Err(e) => {
            eprintln!("parse_report: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    println!("format:    {}", article.format());
    if let Some(published) = article.published() {
        let utc = published.utc.map(|t| t.to_string()).unwrap_or_default();
        println!("published: {} (UTC {utc})", published.local);
    }
    if let Some(headline) = article.headline() {
        println!("headline:  {} (bytes {:?})", headline.text, headline.span.range());
    }
    if let Some(dateline) = article.dateline() {
        let place = dateline.place.map(|p| format!("{} [{}]", p.text, p.zone.unwrap_or("?"))).unwrap_or_default();
        println!("dateline:  {place}");
    }
    for (i, paragraph) in article.paragraphs().enumerate() {
        println!("paragraph {}: {}", i + 1, paragraph.text);
    }
    println!("{} sentences, {} tokens", article.sentences().len(), article.tokens().len());
    ExitCode::SUCCESS
}
