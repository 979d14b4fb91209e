//! Finds the wirereport C library to link: the folder in WIREREPORT_LIB_DIR when set, else the
//! `libdir` of the installed pkg-config file `wirereport.pc`, else a build of the repository
//! this crate lives in, made with cmake into OUT_DIR.
use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=WIREREPORT_LIB_DIR");
    println!("cargo:rerun-if-env-changed=PKG_CONFIG_PATH");

    let dir = match env::var_os("WIREREPORT_LIB_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => pkg_config_libdir().unwrap_or_else(build_with_cmake),
    };
    println!("cargo:rustc-link-search=native={}", dir.display());
    if has_shared_library(&dir) {
        println!("cargo:rustc-link-lib=dylib=wirereport");
        // This package's tests and examples find the library where it was linked; other
        // programs need it on the system's library path (or their own rpath).
        if env::var("CARGO_CFG_TARGET_FAMILY").as_deref() == Ok("unix") {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{}", dir.display());
        }
    } else if dir.join("libwirereport.a").exists() {
        // A static library brings its private dependencies along.
        println!("cargo:rustc-link-lib=static=wirereport");
        for flag in pkg_config(&["--libs", "icu-uc", "icu-i18n", "libutf8proc"]).unwrap_or_default().split_whitespace()
        {
            if let Some(lib) = flag.strip_prefix("-l") {
                println!("cargo:rustc-link-lib={lib}");
            } else if let Some(path) = flag.strip_prefix("-L") {
                println!("cargo:rustc-link-search=native={path}");
            }
        }
        println!("cargo:rustc-link-lib=stdc++");
    } else {
        panic!("wirereport: no libwirereport in {}", dir.display());
    }
    // Crates that depend on this one see it as DEP_WIREREPORT_LIB_DIR.
    println!("cargo:lib_dir={}", dir.display());
}

fn has_shared_library(dir: &Path) -> bool {
    ["libwirereport.so", "libwirereport.dylib", "wirereport.lib"].iter().any(|name| dir.join(name).exists())
}

fn pkg_config(args: &[&str]) -> Option<String> {
    let output = Command::new("pkg-config").args(args).output().ok()?;
    if !output.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&output.stdout).trim().to_string())
}

fn pkg_config_libdir() -> Option<PathBuf> {
    let dir = PathBuf::from(pkg_config(&["--variable=libdir", "wirereport"])?);
    if has_shared_library(&dir) || dir.join("libwirereport.a").exists() {
        Some(dir)
    } else {
        None
    }
}

fn build_with_cmake() -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    if !source.join("CMakeLists.txt").exists() {
        panic!("wirereport: set WIREREPORT_LIB_DIR or install wirereport.pc: no source tree at {}", source.display());
    }
    for watched in ["CMakeLists.txt", "lib", "include"] {
        println!("cargo:rerun-if-changed={}", source.join(watched).display());
    }
    let build = PathBuf::from(env::var_os("OUT_DIR").expect("OUT_DIR")).join("wirereport-build");
    let release = env::var("PROFILE").as_deref() == Ok("release");
    run(Command::new("cmake")
        .arg("-S")
        .arg(&source)
        .arg("-B")
        .arg(&build)
        .arg(if release { "-DCMAKE_BUILD_TYPE=Release" } else { "-DCMAKE_BUILD_TYPE=RelWithDebInfo" })
        .args([
            "-DBUILD_SHARED_LIBS=ON",
            "-DWIREREPORT_BUILD_CLI=OFF",
            "-DWIREREPORT_BUILD_TESTS=OFF",
            "-DWIREREPORT_BUILD_BENCH=OFF",
            "-DWIREREPORT_BUILD_EXAMPLES=OFF",
            "-DWIREREPORT_INSTALL=OFF",
        ]));
    let jobs = env::var("NUM_JOBS").unwrap_or_else(|_| "2".to_string());
    run(Command::new("cmake").arg("--build").arg(&build).args(["--target", "wirereport", "--parallel", &jobs]));
    build.join("lib")
}

fn run(command: &mut Command) {
    let status = command.status().unwrap_or_else(|e| panic!("wirereport: cannot run {command:?}: {e}"));
    if !status.success() {
        panic!("wirereport: {command:?} failed with {status}");
    }
}
