//! The C ABI of `include/wirereport/wirereport.h`, declared for Rust. Every struct is
//! `#[repr(C)]` with the header's field order and types; enumerations are `i32`, as the header
//! defines them, so a value this crate does not know is never undefined behaviour. The layout
//! test (tests/layout.rs) compares these with the C compiler's layout.
#![allow(non_camel_case_types, dead_code)]

use std::os::raw::{c_char, c_int};

pub type wr_status = i32;
pub const WR_OK: wr_status = 0;
pub const WR_ERR_NULL: wr_status = 1;
pub const WR_ERR_INVALID_ARGUMENT: wr_status = 2;
pub const WR_ERR_OUT_OF_RANGE: wr_status = 3;
pub const WR_ERR_INVALID_UTF8: wr_status = 4;
pub const WR_ERR_TOO_LARGE: wr_status = 5;
pub const WR_ERR_BAD_OPTION: wr_status = 6;
pub const WR_ERR_OUT_OF_MEMORY: wr_status = 7;
pub const WR_ERR_INTERNAL: wr_status = 8;

pub const WR_ABI_VERSION: u32 = 2;
pub const WR_ISO8601_MAX_SIZE: usize = 40;
pub const WR_JSON_TOKENS: u32 = 0x1;
pub const WR_JSON_PRETTY: u32 = 0x2;

#[repr(C)]
pub struct wr_options {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct wr_article {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct wr_buffer {
    _opaque: [u8; 0],
}
#[repr(C)]
pub struct wr_stream {
    _opaque: [u8; 0],
}

#[repr(C)]
#[derive(Clone, Copy)]
pub struct wr_str {
    pub data: *const c_char,
    pub size: usize,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_span {
    pub begin: u32,
    pub end: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_opt_span {
    pub present: c_int,
    pub span: wr_span,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_time {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub has_utc_offset: u8,
    pub millisecond: u16,
    pub utc_offset_minutes: i16,
    pub precision: i32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_published {
    pub present: c_int,
    pub span: wr_span,
    pub local: wr_time,
    pub zone: wr_str,
    pub has_utc: c_int,
    pub utc: wr_time,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_place {
    pub present: c_int,
    pub span: wr_span,
    pub zone: wr_str,
    pub country: wr_str,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_dateline_date {
    pub present: c_int,
    pub span: wr_span,
    pub has_value: c_int,
    pub value: wr_time,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_dateline {
    pub present: c_int,
    pub span: wr_span,
    pub place: wr_place,
    pub agency: wr_opt_span,
    pub date: wr_dateline_date,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_region {
    pub span: wr_span,
    pub kind: i32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_token {
    pub span: wr_span,
    pub kind: i32,
    pub flags: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_quote {
    pub span: wr_span,
    pub kind: i32,
    pub speaker: wr_opt_span,
    pub cue: wr_opt_span,
    pub speaker_mention: wr_opt_span,
    pub speaker_key: wr_opt_span,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_entity {
    pub span: wr_span,
    pub entity_type: i32,
    pub key: wr_span,
    pub zone: wr_str,
    pub country: wr_str,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_time_expression {
    pub span: wr_span,
    pub has_value: c_int,
    pub value: wr_time,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_diagnostic {
    pub code: i32,
    pub offset: u32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_credit {
    pub role: i32,
    pub name: wr_span,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_embargo {
    pub present: c_int,
    pub span: wr_span,
    pub has_value: c_int,
    pub value: wr_time,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_wire {
    pub present: c_int,
    pub service: wr_opt_span,
    pub sequence: wr_opt_span,
    pub priority: wr_opt_span,
    pub priority_level: u32,
    pub category: wr_opt_span,
    pub slug: wr_opt_span,
    pub word_count: wr_opt_span,
    pub has_word_count_value: c_int,
    pub word_count_value: u32,
    pub take: wr_opt_span,
    pub selector: wr_opt_span,
    pub agency: wr_opt_span,
    pub agency_sequence: wr_opt_span,
    pub reference: wr_opt_span,
    pub filing_date: wr_opt_span,
    pub embargo: wr_embargo,
    pub preserved: c_int,
    pub notepad: wr_opt_span,
    pub nonpublic: wr_opt_span,
    pub signoff: wr_opt_span,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct wr_story {
    pub present: c_int,
    pub index: usize,
    pub span: wr_span,
}

impl Default for wr_str {
    fn default() -> Self {
        wr_str { data: std::ptr::null(), size: 0 }
    }
}
extern "C" {
    pub fn wr_status_str(status: wr_status) -> *const c_char;
    pub fn wr_version() -> *const c_char;
    pub fn wr_version_number() -> u32;
    pub fn wr_abi_version() -> u32;
    pub fn wr_time_iso8601(time: *const wr_time, out: *mut c_char, capacity: usize, out_size: *mut usize) -> wr_status;

    pub fn wr_options_new(out: *mut *mut wr_options) -> wr_status;
    pub fn wr_options_free(options: *mut wr_options);
    pub fn wr_options_set_format(options: *mut wr_options, format: i32) -> wr_status;
    pub fn wr_options_set_encoding(options: *mut wr_options, encoding: i32) -> wr_status;
    pub fn wr_options_set_language(options: *mut wr_options, language: i32) -> wr_status;
    pub fn wr_options_set_default_zone(options: *mut wr_options, zone: *const c_char, size: usize) -> wr_status;
    pub fn wr_options_set_reject_invalid_utf8(options: *mut wr_options, reject: c_int) -> wr_status;
    pub fn wr_options_set_max_input_bytes(options: *mut wr_options, max_bytes: u64) -> wr_status;
    pub fn wr_options_set_max_diagnostics(options: *mut wr_options, max: u32) -> wr_status;
    pub fn wr_options_set_max_quotes(options: *mut wr_options, max: u32) -> wr_status;
    pub fn wr_options_set_max_entities(options: *mut wr_options, max: u32) -> wr_status;
    pub fn wr_options_set_copy_input(options: *mut wr_options, copy: c_int) -> wr_status;

    pub fn wr_parse(
        text: *const c_char,
        size: usize,
        options: *const wr_options,
        out: *mut *mut wr_article,
        error_offset: *mut u32,
    ) -> wr_status;
    pub fn wr_parse_into(
        article: *mut wr_article,
        text: *const c_char,
        size: usize,
        options: *const wr_options,
        error_offset: *mut u32,
    ) -> wr_status;
    pub fn wr_article_free(article: *mut wr_article);

    pub fn wr_article_text(article: *const wr_article, out: *mut wr_str) -> wr_status;
    pub fn wr_article_slice(article: *const wr_article, span: wr_span, out: *mut wr_str) -> wr_status;
    pub fn wr_article_format(article: *const wr_article, out: *mut i32) -> wr_status;
    pub fn wr_article_language(article: *const wr_article, out: *mut i32) -> wr_status;
    pub fn wr_article_encoding(article: *const wr_article, out: *mut i32) -> wr_status;
    pub fn wr_article_transcoded(article: *const wr_article, out: *mut c_int) -> wr_status;
    pub fn wr_article_status(article: *const wr_article, out: *mut wr_status, error_offset: *mut u32) -> wr_status;
    pub fn wr_article_published(article: *const wr_article, out: *mut wr_published) -> wr_status;
    pub fn wr_article_headline(article: *const wr_article, out: *mut wr_opt_span) -> wr_status;
    pub fn wr_article_dateline(article: *const wr_article, out: *mut wr_dateline) -> wr_status;
    pub fn wr_article_byline(article: *const wr_article, out: *mut wr_opt_span) -> wr_status;
    pub fn wr_article_trailer(article: *const wr_article, out: *mut wr_opt_span) -> wr_status;
    pub fn wr_article_wire(article: *const wr_article, out: *mut wr_wire) -> wr_status;
    pub fn wr_article_story(article: *const wr_article, out: *mut wr_story) -> wr_status;

    pub fn wr_article_region_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_region(article: *const wr_article, index: usize, out: *mut wr_region) -> wr_status;
    pub fn wr_article_author_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_author(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_paragraph_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_paragraph(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_sentence_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_sentence(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_token_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_token(article: *const wr_article, index: usize, out: *mut wr_token) -> wr_status;
    pub fn wr_article_quote_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_quote(article: *const wr_article, index: usize, out: *mut wr_quote) -> wr_status;
    pub fn wr_article_entity_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_entity(article: *const wr_article, index: usize, out: *mut wr_entity) -> wr_status;
    pub fn wr_article_time_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_time(article: *const wr_article, index: usize, out: *mut wr_time_expression) -> wr_status;
    pub fn wr_article_tag_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_tag(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_diagnostic_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_diagnostic(article: *const wr_article, index: usize, out: *mut wr_diagnostic) -> wr_status;
    pub fn wr_article_credit_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_credit(article: *const wr_article, index: usize, out: *mut wr_credit) -> wr_status;
    pub fn wr_article_keyword_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_keyword(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_flag_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_flag(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;
    pub fn wr_article_ednote_count(article: *const wr_article, out: *mut usize) -> wr_status;
    pub fn wr_article_ednote(article: *const wr_article, index: usize, out: *mut wr_span) -> wr_status;

    pub fn wr_format_name(value: i32) -> *const c_char;
    pub fn wr_encoding_name(value: i32) -> *const c_char;
    pub fn wr_language_name(value: i32) -> *const c_char;
    pub fn wr_region_kind_name(value: i32) -> *const c_char;
    pub fn wr_token_kind_name(value: i32) -> *const c_char;
    pub fn wr_quote_kind_name(value: i32) -> *const c_char;
    pub fn wr_entity_type_name(value: i32) -> *const c_char;
    pub fn wr_credit_role_name(value: i32) -> *const c_char;
    pub fn wr_diagnostic_code_name(value: i32) -> *const c_char;
    pub fn wr_diagnostic_code_message(value: i32) -> *const c_char;

    pub fn wr_buffer_new(out: *mut *mut wr_buffer) -> wr_status;
    pub fn wr_buffer_free(buffer: *mut wr_buffer);
    pub fn wr_buffer_data(buffer: *const wr_buffer, out: *mut wr_str) -> wr_status;
    pub fn wr_article_json(
        article: *const wr_article,
        flags: u32,
        id_json: *const c_char,
        id_size: usize,
        out: *mut wr_buffer,
    ) -> wr_status;

    pub fn wr_stream_new(
        buffer: *const c_char,
        size: usize,
        options: *const wr_options,
        out: *mut *mut wr_stream,
    ) -> wr_status;
    pub fn wr_stream_next(stream: *mut wr_stream, out: *mut *mut wr_article) -> wr_status;
    pub fn wr_stream_free(stream: *mut wr_stream);
}
