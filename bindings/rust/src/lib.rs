//! wirereport: parse news wire reports into a structured article: publication time, headline,
//! dateline, byline, paragraphs, sentences, tokens, quotes, entities, times, tags, trailer and
//! diagnostics. A safe binding to the wirereport C ABI; no third-party crates.
//!
//! ```no_run
//! let text = std::fs::read_to_string("report.txt").unwrap();
//! let article = wirereport::parse(&text).unwrap();
//! if let Some(headline) = article.headline() {
//!     println!("{} at bytes {:?}", headline.text, headline.span.range());
//! }
//! for paragraph in article.paragraphs() {
//!     println!("{}", paragraph.text);
//! }
//! println!("{}", article.to_json());
//! ```
//!
//! A buffer of many stories (ANPA-1312 or IPTC 7901 messages one after another, agency texts
//! run together) is parsed one story at a time; each article borrows the buffer:
//!
//! ```no_run
//! let feed = std::fs::read("feed.txt").unwrap();
//! for article in wirereport::stories_bytes(&feed).unwrap() {
//!     let article = article.unwrap(); // Err for a story the options reject
//!     let story = article.story();     // where it lies in `feed` (None for a buffer of one story)
//!     println!("{:?} {:?}", story.map(|s| s.span.range()), article.headline().map(|h| h.text));
//! }
//! ```
//!
//! An [`Article<'a>`] borrows the text it was parsed from, so it cannot outlive it:
//!
//! ```compile_fail,E0597
//! let article;
//! {
//!     let text = String::from("Ein kurzer Bericht.");
//!     article = wirereport::parse(&text).unwrap();
//! } // `text` is dropped here while `article` still borrows it: does not compile
//! println!("{}", article.paragraphs().len());
//! ```
//!
//! The same holds for the articles of [`stories`]:
//!
//! ```compile_fail,E0597
//! let article;
//! {
//!     let feed = String::from("Berlin (dpa) - Eins.\n\nHamburg (dpa) - Zwei.\n");
//!     article = wirereport::stories(&feed).unwrap().next().unwrap().unwrap();
//! } // `feed` is dropped here while `article` still borrows it: does not compile
//! println!("{}", article.paragraphs().len());
//! ```
//!
//! # The unsafe core
//!
//! All `unsafe` is in this file and rests on the C ABI's documented contract:
//! - A `wr_article` borrows the input bytes; [`Article<'a>`] holds `PhantomData<&'a [u8]>` so
//!   the borrow checker keeps the input alive and unmodified as long as the article. A
//!   `wr_stream` ([`Stories<'a>`]) and the articles it makes borrow the buffer the same way; an
//!   article does not depend on the stream, so it may outlive the iterator.
//! - The text the spans index (`wr_article_text`) is the input or a buffer the article owns;
//!   [`Article::bytes`] hands it out for the lifetime of `&self`, which ends before the article
//!   is freed (in `Drop`) and before the input's borrow ends.
//! - Names and zone/country strings are static in the library (`&'static str`).
//! - An article is never written after parsing, and the C ABI allows concurrent reads, so
//!   `Article` is `Send` and `Sync`; a [`Parser`]'s options are likewise only read. A stream
//!   has no thread affinity and is only advanced through `&mut`, so [`Stories`] is `Send`.
//! - Indexed reads are only made below the count the library reported; a failing status there
//!   would be a library bug and panics.

pub mod ffi;

use std::borrow::Cow;
use std::ffi::CStr;
use std::fmt;
use std::marker::PhantomData;
use std::os::raw::{c_char, c_int};
use std::ptr::{self, NonNull};

/// The shared library's version ("0.1.0").
pub fn version() -> &'static str {
    // SAFETY: wr_version returns a static NUL-terminated string.
    unsafe { static_str(ffi::wr_version()) }
}

/// # Safety
/// `p` is a static NUL-terminated string or NULL.
unsafe fn static_str(p: *const c_char) -> &'static str {
    if p.is_null() {
        return "unknown";
    }
    CStr::from_ptr(p).to_str().unwrap_or("unknown")
}

/// # Safety
/// `s` points to `s.size` bytes of static data (or is empty).
unsafe fn static_wr_str(s: ffi::wr_str) -> Option<&'static str> {
    if s.size == 0 || s.data.is_null() {
        return None;
    }
    std::str::from_utf8(std::slice::from_raw_parts(s.data as *const u8, s.size)).ok()
}

// ---- errors ----

/// Why a call failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    Null,
    InvalidArgument,
    OutOfRange,
    /// The input is not UTF-8 and the options reject that.
    InvalidUtf8,
    /// The input is larger than the options' limit or 4 GiB - 1.
    TooLarge,
    BadOption,
    OutOfMemory,
    Internal,
    Other(i32),
}

/// A failed call: its kind and, for a rejected input, the byte offset that failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    status: ffi::wr_status,
    offset: Option<u32>,
}

impl Error {
    fn new(status: ffi::wr_status) -> Error {
        Error { status, offset: None }
    }

    pub fn kind(&self) -> ErrorKind {
        match self.status {
            ffi::WR_ERR_NULL => ErrorKind::Null,
            ffi::WR_ERR_INVALID_ARGUMENT => ErrorKind::InvalidArgument,
            ffi::WR_ERR_OUT_OF_RANGE => ErrorKind::OutOfRange,
            ffi::WR_ERR_INVALID_UTF8 => ErrorKind::InvalidUtf8,
            ffi::WR_ERR_TOO_LARGE => ErrorKind::TooLarge,
            ffi::WR_ERR_BAD_OPTION => ErrorKind::BadOption,
            ffi::WR_ERR_OUT_OF_MEMORY => ErrorKind::OutOfMemory,
            ffi::WR_ERR_INTERNAL => ErrorKind::Internal,
            other => ErrorKind::Other(other),
        }
    }

    /// The byte offset where a rejected input failed (0 for too large).
    pub fn offset(&self) -> Option<u32> {
        self.offset
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // SAFETY: wr_status_str returns a static NUL-terminated string for any value.
        write!(f, "wirereport: {}", unsafe { static_str(ffi::wr_status_str(self.status)) })?;
        match self.offset {
            Some(offset) => write!(f, " (at byte {offset})"),
            None => Ok(()),
        }
    }
}

impl std::error::Error for Error {}

fn check(status: ffi::wr_status) -> Result<(), Error> {
    if status == ffi::WR_OK {
        Ok(())
    } else {
        Err(Error::new(status))
    }
}

// ---- enumerations ----

// A C enumeration as a Rust enum: known values by name, newer ones as `Other(value)`, so a
// value from a newer library is never undefined behaviour.
macro_rules! c_enum {
    ($(#[$meta:meta])* $name:ident, $name_fn:ident { $($(#[$vmeta:meta])* $variant:ident = $value:expr),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
            /// A value this crate does not name (from a newer library).
            Other(i32),
        }

        impl $name {
            fn from_raw(value: i32) -> $name {
                match value {
                    $($value => $name::$variant,)+
                    other => $name::Other(other),
                }
            }

            fn raw(self) -> i32 {
                match self {
                    $($name::$variant => $value,)+
                    $name::Other(value) => value,
                }
            }

            /// The name the JSON document uses.
            pub fn name(self) -> &'static str {
                // SAFETY: the name functions return static strings for any value.
                unsafe { static_str(ffi::$name_fn(self.raw())) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

c_enum!(
    /// The layout of a report.
    #[derive(Default)]
    Format, wr_format_name {
    /// Options only: detect from the first lines.
    #[default]
    Auto = 0, Text = 1, Web = 2, Reuters = 3, Agency = 4, Anpa1312 = 5, Iptc7901 = 6,
});
c_enum!(
    /// The input's encoding.
    #[derive(Default)]
    Encoding, wr_encoding_name {
    /// Options only: UTF-8 as it is, else transcode what reads as Windows-1252.
    #[default]
    Auto = 0, Utf8 = 1, Latin1 = 2, Windows1252 = 3,
});
c_enum!(
    /// The text's language.
    #[derive(Default)]
    Language, wr_language_name {
    /// Options: detect from the text.
    #[default]
    Unknown = 0, De = 1, En = 2,
});
c_enum!(
    /// What a region of the text is; regions tile the text.
    RegionKind, wr_region_kind_name {
    Header = 0, Headline = 1, Dateline = 2, Byline = 3, Body = 4, Trailer = 5, Unclassified = 6,
});
c_enum!(
    /// What a token is.
    TokenKind, wr_token_kind_name {
    Word = 0, Number = 1, Punctuation = 2, Symbol = 3, QuoteOpen = 4, QuoteClose = 5, QuoteAmbiguous = 6,
    Url = 7, Email = 8, Handle = 9, Hashtag = 10, Invalid = 11,
});
c_enum!(
    /// Direct speech in quotation marks, or reported speech.
    QuoteKind, wr_quote_kind_name { Direct = 0, Indirect = 1 });
c_enum!(
    /// What an entity is.
    EntityType, wr_entity_type_name { Person = 0, Place = 1, Organization = 2 });
c_enum!(
    /// What a diagnostic reports.
    DiagnosticCode, wr_diagnostic_code_name {
    EmptyInput = 0, InvalidUtf8 = 1, Transcoded = 2, ControlCharacters = 3, NulBytes = 4, TooLarge = 5,
    TooManyDiagnostics = 6, UnknownZone = 7, UnparsedTimestamp = 8, NoHeadline = 9, NoDateline = 10,
    UnclassifiedText = 11, MixedLineEndings = 12, UnbalancedQuote = 13, TruncatedStory = 14, UnparsedHeader = 15,
    TooManyQuotes = 16, TooManyEntities = 17,
});
c_enum!(
    /// What a person named in a story's trailer or credits did for it.
    CreditRole, wr_credit_role_name {
    Author = 0, Reporting = 1, AdditionalReporting = 2, Writing = 3, Editing = 4, Contributing = 5, Photo = 6,
});

/// How much of a [`Time`] is known. Ordered from coarse to fine: a week lies between a month
/// and a day (its [`Time`] is the week's Monday).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Precision {
    Year,
    Month,
    /// An ISO week ("2023-W36").
    Week,
    Day,
    Minute,
    Second,
    Millisecond,
}

impl Precision {
    // The library only reports these seven; anything else would be a library bug, read as Day.
    fn from_raw(value: i32) -> Precision {
        match value {
            0 => Precision::Year,
            1 => Precision::Month,
            6 => Precision::Week,
            3 => Precision::Minute,
            4 => Precision::Second,
            5 => Precision::Millisecond,
            _ => Precision::Day,
        }
    }

    // The C values: `week` came last, after the others had their numbers.
    fn raw(self) -> i32 {
        match self {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Day => 2,
            Precision::Minute => 3,
            Precision::Second => 4,
            Precision::Millisecond => 5,
            Precision::Week => 6,
        }
    }

    /// True for minute, second and millisecond: the time has a clock time, not only a date.
    pub fn has_time_of_day(self) -> bool {
        self >= Precision::Minute
    }

    fn rank(self) -> u8 {
        match self {
            Precision::Year => 0,
            Precision::Month => 1,
            Precision::Week => 2,
            Precision::Day => 3,
            Precision::Minute => 4,
            Precision::Second => 5,
            Precision::Millisecond => 6,
        }
    }
}

impl PartialOrd for Precision {
    fn partial_cmp(&self, other: &Precision) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Precision {
    fn cmp(&self, other: &Precision) -> std::cmp::Ordering {
        self.rank().cmp(&other.rank())
    }
}

/// Token flag bits ([`Token::flags`]).
pub mod token_flag {
    pub const CAPITALIZED: u32 = 0x0001;
    pub const ALL_CAPS: u32 = 0x0002;
    pub const HAS_DIGIT: u32 = 0x0004;
    pub const HAS_HYPHEN: u32 = 0x0008;
    pub const SENTENCE_FINAL: u32 = 0x0010;
    pub const SPACE_BEFORE: u32 = 0x0020;
    pub const NEWLINE_BEFORE: u32 = 0x0040;
    pub const PARAGRAPH_BEFORE: u32 = 0x0080;
    pub const ENDS_WITH_PERIOD: u32 = 0x0100;
    /// A part of a split hyphenated compound; an article's tokens keep compounds whole.
    pub const IN_COMPOUND: u32 = 0x0200;
}

// ---- values ----

/// `[begin, end)` UTF-8 byte offsets into [`Article::bytes`]: the numbers of the C and C++ APIs
/// and of the JSON document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub begin: u32,
    pub end: u32,
}

impl Span {
    pub fn range(self) -> std::ops::Range<usize> {
        self.begin as usize..self.end as usize
    }
    pub fn len(self) -> usize {
        self.end.saturating_sub(self.begin) as usize
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    fn from_c(s: ffi::wr_span) -> Span {
        Span { begin: s.begin, end: s.end }
    }
}

/// A piece of the article: its span and its text, borrowed from the article (owned only where
/// the text holds invalid UTF-8, each bad byte then shown as U+FFFD, as the JSON document has it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
}

/// A calendar time known to `precision`; finer fields carry no meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Time {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub millisecond: u16,
    pub precision: Precision,
    /// Set when the offset from UTC is known (0 for UTC itself).
    pub utc_offset_minutes: Option<i16>,
}

impl Time {
    fn from_c(t: &ffi::wr_time) -> Time {
        Time {
            year: t.year,
            month: t.month,
            day: t.day,
            hour: t.hour,
            minute: t.minute,
            second: t.second,
            millisecond: t.millisecond,
            precision: Precision::from_raw(t.precision),
            utc_offset_minutes: if t.has_utc_offset != 0 { Some(t.utc_offset_minutes) } else { None },
        }
    }

    /// ISO 8601 up to the precision: "2023-09-15", "2023-09-15T11:52:00Z". Fails only for
    /// fields out of their calendar ranges.
    pub fn iso8601(&self) -> Result<String, Error> {
        let t = ffi::wr_time {
            year: self.year,
            month: self.month,
            day: self.day,
            hour: self.hour,
            minute: self.minute,
            second: self.second,
            has_utc_offset: u8::from(self.utc_offset_minutes.is_some()),
            millisecond: self.millisecond,
            utc_offset_minutes: self.utc_offset_minutes.unwrap_or(0),
            precision: self.precision.raw(),
        };
        let mut out = [0u8; ffi::WR_ISO8601_MAX_SIZE];
        let mut size = 0usize;
        // SAFETY: `out` holds WR_ISO8601_MAX_SIZE bytes, as the call requires.
        check(unsafe { ffi::wr_time_iso8601(&t, out.as_mut_ptr() as *mut c_char, out.len(), &mut size) })?;
        Ok(String::from_utf8_lossy(&out[..size.min(out.len())]).into_owned())
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso8601().map_err(|_| fmt::Error)?)
    }
}

/// The publication time: `local` as written, `zone` an IANA name, `utc` when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub local: Time,
    pub zone: Option<&'static str>,
    pub utc: Option<Time>,
}

/// A dateline place, resolved to a zone and a country (ISO 3166 alpha-2) where known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub zone: Option<&'static str>,
    pub country: Option<&'static str>,
}

/// A dateline date, resolved against the publication time where possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DatelineDate<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub value: Option<Time>,
}

/// "WASHINGTON, Sept 14 (Reuters) -" with its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub place: Option<Place<'s>>,
    pub agency: Option<Segment<'s>>,
    pub date: Option<DatelineDate<'s>>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub kind: RegionKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub kind: TokenKind,
    /// [`token_flag`] bits.
    pub flags: u32,
}

/// A quote: `text` is the quoted words without the marks, or the reported clause.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub kind: QuoteKind,
    /// The person or body, after pronoun resolution.
    pub speaker: Option<Segment<'s>>,
    pub cue: Option<Segment<'s>>,
    /// The pronoun at the cue ("er", "she") when the speaker was resolved from it.
    pub speaker_mention: Option<Segment<'s>>,
    /// The key of the entity the speaker names ("KCNA" for "die Nachrichtenagentur KCNA").
    pub speaker_key: Option<Segment<'s>>,
}

/// A mention of a person, place or organisation; mentions of one entity share the `key`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub entity_type: EntityType,
    pub key: Segment<'s>,
    /// For a place the gazetteer knows: its IANA zone (None when it spans zones, like most
    /// countries) and ISO 3166 country.
    pub zone: Option<&'static str>,
    pub country: Option<&'static str>,
}

/// A person a trailer or the wire credits name: "(Reporting by Jane Roe; Editing by John Doe)".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Credit<'s> {
    pub role: CreditRole,
    pub name: Segment<'s>,
}

/// An embargo ("Sperrfrist 9. Oktober 14.20 Uhr"), with its time when it resolves.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embargo<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub value: Option<Time>,
}

/// The header of the machine wire formats (ANPA-1312, IPTC 7901) and what their framing
/// carries besides the story; each field is `None` where the format or the story lacks it.
/// Its lists are [`Article::keywords`], [`Article::flags`] and [`Article::ednotes`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Wire<'s> {
    /// ANPA service level "W"; IPTC 7901 service "eca".
    pub service: Option<Segment<'s>>,
    /// Story / message number.
    pub sequence: Option<Segment<'s>>,
    /// As written: ANPA "f", IPTC 7901 "4".
    pub priority: Option<Segment<'s>>,
    /// 1 (flash) .. 6 (lowest) on the IPTC 7901 scale.
    pub priority_level: Option<u8>,
    /// ANPA category; IPTC 7901 ressort.
    pub category: Option<Segment<'s>>,
    pub slug: Option<Segment<'s>>,
    pub word_count: Option<Segment<'s>>,
    /// `word_count` as a number.
    pub word_count_value: Option<u32>,
    /// Version / take: "1stLd-Writethru", "(Achtung)".
    pub take: Option<Segment<'s>>,
    pub selector: Option<Segment<'s>>,
    pub agency: Option<Segment<'s>>,
    pub agency_sequence: Option<Segment<'s>>,
    pub reference: Option<Segment<'s>>,
    /// ANPA "11-13" (MM-DD).
    pub filing_date: Option<Segment<'s>>,
    pub embargo: Option<Embargo<'s>>,
    /// An ANPA tabular story: its body is kept as sent.
    pub preserved: bool,
    /// IPTC 7901 "# Notizblock".
    pub notepad: Option<Segment<'s>>,
    /// After "* * * *": notes not for publication.
    pub nonpublic: Option<Segment<'s>>,
    /// The editors' closing line "dpa wsz jln npr".
    pub signoff: Option<Segment<'s>>,
}

/// Where a story of a buffer of many lies in it ([`stories`]); the article's other spans index
/// the story's own text ([`Article::bytes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct StoryPosition {
    /// 0 for the first story.
    pub index: usize,
    /// Its bytes in the buffer.
    pub span: Span,
}

/// A date or time in the text, with its value when it could be resolved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeExpression<'s> {
    pub span: Span,
    pub text: Cow<'s, str>,
    pub value: Option<Time>,
}

/// What was odd about the input, and where (a byte offset into [`Article::bytes`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: DiagnosticCode,
    pub offset: u32,
}

impl Diagnostic {
    /// A sentence that explains the diagnostic.
    pub fn message(&self) -> &'static str {
        // SAFETY: returns a static string for any value.
        unsafe { static_str(ffi::wr_diagnostic_code_message(self.code.raw())) }
    }
}

/// Text as `str`: borrowed when it is valid UTF-8, else with each invalid byte as U+FFFD.
fn text_of(bytes: &[u8]) -> Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => Cow::Owned(replace_invalid_bytes(bytes)),
    }
}

fn replace_invalid_bytes(mut bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 8);
    loop {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (valid, rest) = bytes.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len());
                out.extend(std::iter::repeat('\u{FFFD}').take(bad));
                bytes = &rest[bad..];
            }
        }
    }
}

// ---- options and parsing ----

/// How to parse. `Options::default()` detects format, encoding and language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    pub encoding: Encoding,
    /// `Language::Unknown` detects it from the text.
    pub language: Language,
    /// IANA zone for timestamps that name none ("Europe/Berlin"); an unknown one is a diagnostic.
    pub default_zone: Option<String>,
    /// Reject input that is not valid UTF-8 ([`ErrorKind::InvalidUtf8`]) instead of keeping it.
    pub reject_invalid_utf8: bool,
    /// Inputs larger than this are rejected ([`ErrorKind::TooLarge`]); at most 4 GiB - 1.
    pub max_input_bytes: Option<u64>,
    /// Diagnostics beyond this many are counted in one final "too_many_diagnostics" entry.
    pub max_diagnostics: Option<u32>,
    /// Quotes kept per article (default 100,000); the rest are dropped with one
    /// "too_many_quotes" diagnostic.
    pub max_quotes: Option<u32>,
    /// Entities kept per article (default 100,000); the rest are dropped with one
    /// "too_many_entities" diagnostic.
    pub max_entities: Option<u32>,
}

/// Options made ready once for many parses; share it between threads freely.
pub struct Parser {
    options: NonNull<ffi::wr_options>,
}

// SAFETY: the C options object has no thread affinity and is only read after construction.
unsafe impl Send for Parser {}
unsafe impl Sync for Parser {}

impl Parser {
    pub fn new(options: &Options) -> Result<Parser, Error> {
        let mut raw = ptr::null_mut();
        // SAFETY: out-pointer to a local.
        check(unsafe { ffi::wr_options_new(&mut raw) })?;
        let parser = Parser { options: NonNull::new(raw).ok_or_else(|| Error::new(ffi::WR_ERR_INTERNAL))? };
        let o = raw;
        // SAFETY: `o` is a live options object owned by `parser`; the zone bytes are read during the call.
        unsafe {
            check(ffi::wr_options_set_format(o, options.format.raw()))?;
            check(ffi::wr_options_set_encoding(o, options.encoding.raw()))?;
            check(ffi::wr_options_set_language(o, options.language.raw()))?;
            if let Some(zone) = &options.default_zone {
                check(ffi::wr_options_set_default_zone(o, zone.as_ptr() as *const c_char, zone.len()))?;
            }
            check(ffi::wr_options_set_reject_invalid_utf8(o, c_int::from(options.reject_invalid_utf8)))?;
            if let Some(max) = options.max_input_bytes {
                check(ffi::wr_options_set_max_input_bytes(o, max))?;
            }
            if let Some(max) = options.max_diagnostics {
                check(ffi::wr_options_set_max_diagnostics(o, max))?;
            }
            if let Some(max) = options.max_quotes {
                check(ffi::wr_options_set_max_quotes(o, max))?;
            }
            if let Some(max) = options.max_entities {
                check(ffi::wr_options_set_max_entities(o, max))?;
            }
        }
        Ok(parser)
    }

    /// Parses a report held in a `str`.
    pub fn parse<'a>(&self, text: &'a str) -> Result<Article<'a>, Error> {
        Article::parse(text.as_bytes(), self.options.as_ptr())
    }

    /// Parses bytes: UTF-8 (invalid bytes kept with diagnostics) or a legacy charset.
    pub fn parse_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Article<'a>, Error> {
        Article::parse(bytes, self.options.as_ptr())
    }

    /// The stories of a buffer of many, with these options (see [`stories`]); the iterator
    /// keeps its own copy of them.
    pub fn stories<'a>(&self, text: &'a str) -> Result<Stories<'a>, Error> {
        Stories::new(text.as_bytes(), self.options.as_ptr())
    }

    /// The stories of a buffer of bytes (UTF-8 or a legacy charset).
    pub fn stories_bytes<'a>(&self, bytes: &'a [u8]) -> Result<Stories<'a>, Error> {
        Stories::new(bytes, self.options.as_ptr())
    }
}

impl Drop for Parser {
    fn drop(&mut self) {
        // SAFETY: created by wr_options_new, freed once.
        unsafe { ffi::wr_options_free(self.options.as_ptr()) }
    }
}

/// Parses a report with the default options.
pub fn parse(text: &str) -> Result<Article<'_>, Error> {
    Article::parse(text.as_bytes(), ptr::null())
}

/// Parses bytes (UTF-8 or a legacy charset) with the default options.
pub fn parse_bytes(bytes: &[u8]) -> Result<Article<'_>, Error> {
    Article::parse(bytes, ptr::null())
}

/// The stories of a buffer that holds many (ANPA-1312 or IPTC 7901 messages one after
/// another, agency texts run together; other formats are one story), with the default
/// options. Each is parsed when the iteration reaches it, reading the buffer once; a story the
/// options reject is an `Err`, and the iteration goes on after it. Fails only for a buffer of
/// 4 GiB or more ([`ErrorKind::TooLarge`]).
pub fn stories(text: &str) -> Result<Stories<'_>, Error> {
    Stories::new(text.as_bytes(), ptr::null())
}

/// [`stories`] over bytes (UTF-8 or a legacy charset).
pub fn stories_bytes(bytes: &[u8]) -> Result<Stories<'_>, Error> {
    Stories::new(bytes, ptr::null())
}

/// An iterator over the stories of a buffer, each an [`Article`] that borrows the buffer (not
/// the iterator).
pub struct Stories<'a> {
    raw: NonNull<ffi::wr_stream>,
    _input: PhantomData<&'a [u8]>,
}

// SAFETY: see "The unsafe core" above: a stream has no thread affinity and is only advanced
// through `&mut self`.
unsafe impl Send for Stories<'_> {}

impl<'a> Stories<'a> {
    fn new(input: &'a [u8], options: *const ffi::wr_options) -> Result<Stories<'a>, Error> {
        let mut raw = ptr::null_mut();
        // SAFETY: `input` is valid for its length and, through `'a`, outlives the stream and its
        // articles; the options are copied during the call.
        check(unsafe { ffi::wr_stream_new(input.as_ptr() as *const c_char, input.len(), options, &mut raw) })?;
        let raw = NonNull::new(raw).ok_or_else(|| Error::new(ffi::WR_ERR_INTERNAL))?;
        Ok(Stories { raw, _input: PhantomData })
    }
}

impl<'a> Iterator for Stories<'a> {
    type Item = Result<Article<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut raw = ptr::null_mut();
        // SAFETY: a live stream, advanced only here (`&mut self`); an out-pointer to a local.
        if let Err(e) = check(unsafe { ffi::wr_stream_next(self.raw.as_ptr(), &mut raw) }) {
            return Some(Err(e));
        }
        Some(Article::checked(NonNull::new(raw)?))
    }
}

// After the last story the stream gives no more.
impl std::iter::FusedIterator for Stories<'_> {}

impl Drop for Stories<'_> {
    fn drop(&mut self) {
        // SAFETY: created by wr_stream_new, freed once; the articles do not depend on it.
        unsafe { ffi::wr_stream_free(self.raw.as_ptr()) }
    }
}

/// What [`Article::to_json_with`] writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonOptions<'i> {
    /// Include the "tokens" array.
    pub tokens: bool,
    /// Indent with two spaces.
    pub pretty: bool,
    /// The document's "id" as JSON text: a string, number, `true`, `false` or `null` (`"\"a1\""`, `"17"`).
    pub id_json: Option<&'i str>,
}

// ---- the article ----

/// A parsed report. It borrows the text it was parsed from (`'a`); every view it hands out
/// borrows the article.
pub struct Article<'a> {
    raw: NonNull<ffi::wr_article>,
    text: ffi::wr_str,
    _input: PhantomData<&'a [u8]>,
}

// SAFETY: see "The unsafe core" above: an article is immutable after parsing and the C ABI
// allows reads from many threads.
unsafe impl Send for Article<'_> {}
unsafe impl Sync for Article<'_> {}

impl Drop for Article<'_> {
    fn drop(&mut self) {
        // SAFETY: created by wr_parse, freed once; no view outlives `&self`.
        unsafe { ffi::wr_article_free(self.raw.as_ptr()) }
    }
}

type CountFn = unsafe extern "C" fn(*const ffi::wr_article, *mut usize) -> ffi::wr_status;
type ItemFn<R> = unsafe extern "C" fn(*const ffi::wr_article, usize, *mut R) -> ffi::wr_status;
type FieldFn<R> = unsafe extern "C" fn(*const ffi::wr_article, *mut R) -> ffi::wr_status;

/// The items of one of the article's lists, read from the library as they are iterated.
pub struct Items<'s, T> {
    next: usize,
    count: usize,
    read: Box<dyn Fn(usize) -> T + 's>,
}

impl<'s, T> Items<'s, T> {
    /// The item at `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<T> {
        if index < self.count {
            Some((self.read)(index))
        } else {
            None
        }
    }
}

impl<'s, T> Iterator for Items<'s, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        let item = self.get(self.next)?;
        self.next += 1;
        Some(item)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.count - self.next;
        (left, Some(left))
    }
}

impl<'s, T> ExactSizeIterator for Items<'s, T> {}

impl<'a> Article<'a> {
    fn parse(input: &'a [u8], options: *const ffi::wr_options) -> Result<Article<'a>, Error> {
        let mut raw = ptr::null_mut();
        let mut offset = 0u32;
        // SAFETY: `input` is valid for its length and, through `'a`, outlives the article.
        let status =
            unsafe { ffi::wr_parse(input.as_ptr() as *const c_char, input.len(), options, &mut raw, &mut offset) };
        if status == ffi::WR_ERR_INVALID_UTF8 || status == ffi::WR_ERR_TOO_LARGE {
            return Err(Error { status, offset: Some(offset) });
        }
        check(status)?;
        Article::checked(NonNull::new(raw).ok_or_else(|| Error::new(ffi::WR_ERR_INTERNAL))?)
    }

    /// Takes a new article from the library (freed on drop), or the error when its input was
    /// rejected (a story of a stream).
    fn checked(raw: NonNull<ffi::wr_article>) -> Result<Article<'a>, Error> {
        let mut article = Article { raw, text: ffi::wr_str::default(), _input: PhantomData };
        let mut status = ffi::WR_OK;
        let mut offset = 0u32;
        // SAFETY: a live article and out-pointers to locals.
        check(unsafe { ffi::wr_article_status(article.ptr(), &mut status, &mut offset) })?;
        if status != ffi::WR_OK {
            return Err(Error { status, offset: Some(offset) });
        }
        article.text = article.field(ffi::wr_article_text);
        Ok(article)
    }

    fn ptr(&self) -> *const ffi::wr_article {
        self.raw.as_ptr()
    }

    fn field<R: Default>(&self, read: FieldFn<R>) -> R {
        let mut out = R::default();
        // SAFETY: a live article and an out-pointer to a local.
        let status = unsafe { read(self.ptr(), &mut out) };
        assert_eq!(status, ffi::WR_OK, "wirereport: reading a field failed");
        out
    }

    fn items<'s, R: Default + 's, T>(
        &'s self,
        count: CountFn,
        item: ItemFn<R>,
        convert: impl Fn(&R) -> T + 's,
    ) -> Items<'s, T> {
        let n = self.field(count);
        Items {
            next: 0,
            count: n,
            read: Box::new(move |i| {
                let mut out = R::default();
                // SAFETY: a live article, `i` below the count it reported, an out-pointer to a local.
                let status = unsafe { item(self.ptr(), i, &mut out) };
                assert_eq!(status, ffi::WR_OK, "wirereport: reading an item failed");
                convert(&out)
            }),
        }
    }

    /// The text all spans index: the input, or its UTF-8 transcoding when it was in a legacy
    /// charset.
    pub fn bytes(&self) -> &[u8] {
        if self.text.size == 0 {
            return &[];
        }
        // SAFETY: the library's text is valid for its size while the article lives and the input
        // is borrowed (both outlive `&self`).
        unsafe { std::slice::from_raw_parts(self.text.data as *const u8, self.text.size) }
    }

    /// The text as `str` (invalid bytes as U+FFFD).
    pub fn text(&self) -> Cow<'_, str> {
        text_of(self.bytes())
    }

    /// The text of any span (empty when it lies outside the text).
    pub fn get(&self, span: Span) -> Segment<'_> {
        Segment { span, text: text_of(self.bytes().get(span.range()).unwrap_or_default()) }
    }

    fn segment(&self, span: ffi::wr_span) -> Segment<'_> {
        self.get(Span::from_c(span))
    }

    fn optional(&self, s: &ffi::wr_opt_span) -> Option<Segment<'_>> {
        if s.present != 0 {
            Some(self.segment(s.span))
        } else {
            None
        }
    }

    pub fn format(&self) -> Format {
        Format::from_raw(self.field(ffi::wr_article_format))
    }

    pub fn language(&self) -> Language {
        Language::from_raw(self.field(ffi::wr_article_language))
    }

    pub fn encoding(&self) -> Encoding {
        Encoding::from_raw(self.field(ffi::wr_article_encoding))
    }

    /// True when the text was transcoded from a legacy charset into a buffer the article owns.
    pub fn transcoded(&self) -> bool {
        self.field(ffi::wr_article_transcoded) != 0
    }

    pub fn published(&self) -> Option<Published<'_>> {
        let p: ffi::wr_published = self.field(ffi::wr_article_published);
        if p.present == 0 {
            return None;
        }
        let s = self.segment(p.span);
        Some(Published {
            span: s.span,
            text: s.text,
            local: Time::from_c(&p.local),
            // SAFETY: zone names are static in the library.
            zone: unsafe { static_wr_str(p.zone) },
            utc: if p.has_utc != 0 { Some(Time::from_c(&p.utc)) } else { None },
        })
    }

    pub fn headline(&self) -> Option<Segment<'_>> {
        self.optional(&self.field(ffi::wr_article_headline))
    }

    pub fn dateline(&self) -> Option<Dateline<'_>> {
        let d: ffi::wr_dateline = self.field(ffi::wr_article_dateline);
        if d.present == 0 {
            return None;
        }
        let place = if d.place.present != 0 {
            let s = self.segment(d.place.span);
            // SAFETY: zone and country strings are static in the library.
            Some(Place {
                span: s.span,
                text: s.text,
                zone: unsafe { static_wr_str(d.place.zone) },
                country: unsafe { static_wr_str(d.place.country) },
            })
        } else {
            None
        };
        let date = if d.date.present != 0 {
            let s = self.segment(d.date.span);
            Some(DatelineDate {
                span: s.span,
                text: s.text,
                value: if d.date.has_value != 0 { Some(Time::from_c(&d.date.value)) } else { None },
            })
        } else {
            None
        };
        let s = self.segment(d.span);
        Some(Dateline { span: s.span, text: s.text, place, agency: self.optional(&d.agency), date })
    }

    /// The byline line; the names in it are [`Article::authors`].
    pub fn byline(&self) -> Option<Segment<'_>> {
        self.optional(&self.field(ffi::wr_article_byline))
    }

    pub fn trailer(&self) -> Option<Segment<'_>> {
        self.optional(&self.field(ffi::wr_article_trailer))
    }

    /// Regions tile the text: every byte is in exactly one.
    pub fn regions(&self) -> Items<'_, Region<'_>> {
        self.items(ffi::wr_article_region_count, ffi::wr_article_region, move |r: &ffi::wr_region| {
            let s = self.segment(r.span);
            Region { span: s.span, text: s.text, kind: RegionKind::from_raw(r.kind) }
        })
    }

    pub fn authors(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_author_count, ffi::wr_article_author, move |s: &ffi::wr_span| self.segment(*s))
    }

    /// Paragraphs of the body; the first starts with the dateline, as printed.
    pub fn paragraphs(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_paragraph_count, ffi::wr_article_paragraph, move |s: &ffi::wr_span| self.segment(*s))
    }

    pub fn sentences(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_sentence_count, ffi::wr_article_sentence, move |s: &ffi::wr_span| self.segment(*s))
    }

    pub fn tokens(&self) -> Items<'_, Token<'_>> {
        self.items(ffi::wr_article_token_count, ffi::wr_article_token, move |t: &ffi::wr_token| {
            let s = self.segment(t.span);
            Token { span: s.span, text: s.text, kind: TokenKind::from_raw(t.kind), flags: t.flags }
        })
    }

    pub fn quotes(&self) -> Items<'_, Quote<'_>> {
        self.items(ffi::wr_article_quote_count, ffi::wr_article_quote, move |q: &ffi::wr_quote| {
            let s = self.segment(q.span);
            Quote {
                span: s.span,
                text: s.text,
                kind: QuoteKind::from_raw(q.kind),
                speaker: self.optional(&q.speaker),
                cue: self.optional(&q.cue),
                speaker_mention: self.optional(&q.speaker_mention),
                speaker_key: self.optional(&q.speaker_key),
            }
        })
    }

    pub fn entities(&self) -> Items<'_, Entity<'_>> {
        self.items(ffi::wr_article_entity_count, ffi::wr_article_entity, move |e: &ffi::wr_entity| {
            let s = self.segment(e.span);
            Entity {
                span: s.span,
                text: s.text,
                entity_type: EntityType::from_raw(e.entity_type),
                key: self.segment(e.key),
                // SAFETY: zone and country strings are static in the library.
                zone: unsafe { static_wr_str(e.zone) },
                country: unsafe { static_wr_str(e.country) },
            }
        })
    }

    pub fn times(&self) -> Items<'_, TimeExpression<'_>> {
        self.items(ffi::wr_article_time_count, ffi::wr_article_time, move |t: &ffi::wr_time_expression| {
            let s = self.segment(t.span);
            TimeExpression {
                span: s.span,
                text: s.text,
                value: if t.has_value != 0 { Some(Time::from_c(&t.value)) } else { None },
            }
        })
    }

    pub fn tags(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_tag_count, ffi::wr_article_tag, move |s: &ffi::wr_span| self.segment(*s))
    }

    /// The people a trailer or the wire credits name, with their roles.
    pub fn credits(&self) -> Items<'_, Credit<'_>> {
        self.items(ffi::wr_article_credit_count, ffi::wr_article_credit, move |c: &ffi::wr_credit| Credit {
            role: CreditRole::from_raw(c.role),
            name: self.segment(c.name),
        })
    }

    /// The machine wire header (ANPA-1312, IPTC 7901); `None` for the other formats.
    pub fn wire(&self) -> Option<Wire<'_>> {
        let w: ffi::wr_wire = self.field(ffi::wr_article_wire);
        if w.present == 0 {
            return None;
        }
        let embargo = if w.embargo.present != 0 {
            let s = self.segment(w.embargo.span);
            Some(Embargo {
                span: s.span,
                text: s.text,
                value: if w.embargo.has_value != 0 { Some(Time::from_c(&w.embargo.value)) } else { None },
            })
        } else {
            None
        };
        Some(Wire {
            service: self.optional(&w.service),
            sequence: self.optional(&w.sequence),
            priority: self.optional(&w.priority),
            priority_level: u8::try_from(w.priority_level).ok().filter(|level| *level != 0),
            category: self.optional(&w.category),
            slug: self.optional(&w.slug),
            word_count: self.optional(&w.word_count),
            word_count_value: if w.has_word_count_value != 0 { Some(w.word_count_value) } else { None },
            take: self.optional(&w.take),
            selector: self.optional(&w.selector),
            agency: self.optional(&w.agency),
            agency_sequence: self.optional(&w.agency_sequence),
            reference: self.optional(&w.reference),
            filing_date: self.optional(&w.filing_date),
            embargo,
            preserved: w.preserved != 0,
            notepad: self.optional(&w.notepad),
            nonpublic: self.optional(&w.nonpublic),
            signoff: self.optional(&w.signoff),
        })
    }

    /// The wire formats' keywords: IPTC 7901 slug parts, the ANPA keyword line.
    pub fn keywords(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_keyword_count, ffi::wr_article_keyword, move |s: &ffi::wr_span| self.segment(*s))
    }

    /// IPTC 7901 flag lines: "(Eil)", "1ST LEAD", "(Sperrfrist …)".
    pub fn flags(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_flag_count, ffi::wr_article_flag, move |s: &ffi::wr_span| self.segment(*s))
    }

    /// Notes to editors: ANPA "Eds: …", "EDITOR'S NOTE _ …".
    pub fn ednotes(&self) -> Items<'_, Segment<'_>> {
        self.items(ffi::wr_article_ednote_count, ffi::wr_article_ednote, move |s: &ffi::wr_span| self.segment(*s))
    }

    /// Where this story lies in a buffer of many ([`stories`]); `None` for one whole input.
    pub fn story(&self) -> Option<StoryPosition> {
        let s: ffi::wr_story = self.field(ffi::wr_article_story);
        if s.present != 0 {
            Some(StoryPosition { index: s.index, span: Span::from_c(s.span) })
        } else {
            None
        }
    }

    pub fn diagnostics(&self) -> Items<'_, Diagnostic> {
        self.items(ffi::wr_article_diagnostic_count, ffi::wr_article_diagnostic, |d: &ffi::wr_diagnostic| Diagnostic {
            code: DiagnosticCode::from_raw(d.code),
            offset: d.offset,
        })
    }

    /// The JSON document `wirereport parse` prints (one line, no tokens).
    pub fn to_json(&self) -> String {
        self.to_json_with(&JsonOptions::default()).expect("wirereport: rendering JSON failed")
    }

    /// The JSON document with tokens, indentation or an id; fails for an id that is not a JSON
    /// scalar (an object or an array).
    pub fn to_json_with(&self, options: &JsonOptions<'_>) -> Result<String, Error> {
        let mut flags = 0;
        if options.tokens {
            flags |= ffi::WR_JSON_TOKENS;
        }
        if options.pretty {
            flags |= ffi::WR_JSON_PRETTY;
        }
        let id = options.id_json.unwrap_or("");
        let mut buffer = ptr::null_mut();
        // SAFETY: out-pointer to a local; the buffer is freed below on every path.
        check(unsafe { ffi::wr_buffer_new(&mut buffer) })?;
        let result = (|| {
            // SAFETY: a live article and buffer; `id` is valid for its length during the call.
            check(unsafe { ffi::wr_article_json(self.ptr(), flags, id.as_ptr() as *const c_char, id.len(), buffer) })?;
            let mut data = ffi::wr_str::default();
            // SAFETY: a live buffer; its bytes are copied before it is freed.
            check(unsafe { ffi::wr_buffer_data(buffer, &mut data) })?;
            let bytes = unsafe { std::slice::from_raw_parts(data.data as *const u8, data.size) };
            Ok(String::from_utf8_lossy(bytes).into_owned())
        })();
        // SAFETY: created above, freed once.
        unsafe { ffi::wr_buffer_free(buffer) };
        result
    }
}

impl fmt::Debug for Article<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Article")
            .field("format", &self.format())
            .field("language", &self.language())
            .field("headline", &self.headline().map(|h| h.text.into_owned()))
            .finish()
    }
}
