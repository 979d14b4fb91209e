//! The `#[repr(C)]` structs match the C compiler's layout of wirereport.h, field by field:
//! the C test program prints it (`c_api_test --layout`; ctest sets WIREREPORT_C_API_TEST).
use std::mem::{size_of, MaybeUninit};
use std::process::Command;

use wirereport::ffi::*;

macro_rules! offset_of {
    ($t:ty, $field:ident) => {{
        let value = MaybeUninit::<$t>::uninit();
        let base = value.as_ptr();
        // SAFETY: only the field's address is taken; nothing is read.
        let field = unsafe { std::ptr::addr_of!((*base).$field) };
        field as usize - base as usize
    }};
}

macro_rules! layout {
    ($name:expr, $t:ty, { $($c:literal => $field:ident),+ $(,)? }) => {{
        let mut out = vec![($name.to_string(), size_of::<$t>())];
        $(out.push((format!("{}.{}", $name, $c), offset_of!($t, $field)));)+
        out
    }};
}

fn rust_layout() -> Vec<(String, usize)> {
    [
        layout!("wr_str", wr_str, {"data" => data, "size" => size}),
        layout!("wr_span", wr_span, {"begin" => begin, "end" => end}),
        layout!("wr_opt_span", wr_opt_span, {"present" => present, "span" => span}),
        layout!("wr_time", wr_time, {"year" => year, "month" => month, "day" => day, "hour" => hour,
            "minute" => minute, "second" => second, "has_utc_offset" => has_utc_offset,
            "millisecond" => millisecond, "utc_offset_minutes" => utc_offset_minutes, "precision" => precision}),
        layout!("wr_published", wr_published, {"present" => present, "span" => span, "local" => local,
            "zone" => zone, "has_utc" => has_utc, "utc" => utc}),
        layout!("wr_place", wr_place, {"present" => present, "span" => span, "zone" => zone, "country" => country}),
        layout!("wr_dateline_date", wr_dateline_date, {"present" => present, "span" => span,
            "has_value" => has_value, "value" => value}),
        layout!("wr_dateline", wr_dateline, {"present" => present, "span" => span, "place" => place,
            "agency" => agency, "date" => date}),
        layout!("wr_region", wr_region, {"span" => span, "kind" => kind}),
        layout!("wr_token", wr_token, {"span" => span, "kind" => kind, "flags" => flags}),
        layout!("wr_quote", wr_quote, {"span" => span, "kind" => kind, "speaker" => speaker, "cue" => cue,
            "speaker_mention" => speaker_mention, "speaker_key" => speaker_key}),
        layout!("wr_entity", wr_entity, {"span" => span, "type" => entity_type, "key" => key, "zone" => zone,
            "country" => country}),
        layout!("wr_time_expression", wr_time_expression, {"span" => span, "has_value" => has_value,
            "value" => value}),
        layout!("wr_diagnostic", wr_diagnostic, {"code" => code, "offset" => offset}),
        layout!("wr_credit", wr_credit, {"role" => role, "name" => name}),
        layout!("wr_embargo", wr_embargo, {"present" => present, "span" => span, "has_value" => has_value,
            "value" => value}),
        layout!("wr_wire", wr_wire, {"present" => present, "service" => service, "sequence" => sequence,
            "priority" => priority, "priority_level" => priority_level, "category" => category, "slug" => slug,
            "word_count" => word_count, "has_word_count_value" => has_word_count_value,
            "word_count_value" => word_count_value, "take" => take, "selector" => selector, "agency" => agency,
            "agency_sequence" => agency_sequence, "reference" => reference, "filing_date" => filing_date,
            "embargo" => embargo, "preserved" => preserved, "notepad" => notepad, "nonpublic" => nonpublic,
            "signoff" => signoff}),
        layout!("wr_story", wr_story, {"present" => present, "index" => index, "span" => span}),
    ]
    .concat()
}

#[test]
fn struct_layouts_match_the_header() {
    let tool = match std::env::var_os("WIREREPORT_C_API_TEST") {
        Some(tool) => tool,
        None => return eprintln!("WIREREPORT_C_API_TEST not set: layout comparison skipped"),
    };
    let out = Command::new(tool).arg("--layout").output().unwrap();
    let c: Vec<(String, usize)> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| {
            let (name, value) = line.split_once(' ').unwrap();
            (name.to_string(), value.parse().unwrap())
        })
        .collect();
    assert_eq!(rust_layout(), c);
}

// Every function wirereport.h declares is declared here too (the binding keeps up with the C ABI).
#[test]
fn every_c_function_is_declared() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let header = std::fs::read_to_string(root.join("../../include/wirereport/wirereport.h")).unwrap();
    let ffi = std::fs::read_to_string(root.join("src/ffi.rs")).unwrap();
    let mut checked = 0;
    for declaration in header.split("WIREREPORT_API").skip(1) {
        let before_paren = declaration.split('(').next().unwrap();
        let name = before_paren.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()).last();
        let name = name.unwrap();
        assert!(name.starts_with("wr_"), "{}", before_paren);
        assert!(ffi.contains(&format!("pub fn {}(", name)), "not declared in ffi.rs: {}", name);
        checked += 1;
    }
    assert!(checked > 70, "{}", checked);
}

#[test]
fn abi_version_matches() {
    assert_eq!(unsafe { wr_abi_version() }, WR_ABI_VERSION);
}
