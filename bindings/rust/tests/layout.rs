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
        layout!("wr_quote", wr_quote, {"span" => span, "kind" => kind, "speaker" => speaker, "cue" => cue}),
        layout!("wr_entity", wr_entity, {"span" => span, "type" => entity_type, "key" => key}),
        layout!("wr_time_expression", wr_time_expression, {"span" => span, "has_value" => has_value,
            "value" => value}),
        layout!("wr_diagnostic", wr_diagnostic, {"code" => code, "offset" => offset}),
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

#[test]
fn abi_version_matches() {
    assert_eq!(unsafe { wr_abi_version() }, WR_ABI_VERSION);
}
