//! The offline promise: the program opens no network connection. The dependency tree
//! holds no HTTP or network client crate, and under `strace -f -e trace=network` neither
//! the headless report (a PDF) nor the window showing a summary opens an internet socket.
//! The strace checks need `strace` and `Xvfb` (`.ci/run` installs them).

use std::path::Path;
use std::process::{Command, Stdio};

/// Crates that speak HTTP, TLS or another internet protocol, or resolve host names.
const NETWORK_CRATES: &[&str] = &[
    "attohttpc",
    "curl",
    "curl-sys",
    "h2",
    "h3",
    "hickory-resolver",
    "http",
    "hyper",
    "hyper-util",
    "isahc",
    "native-tls",
    "openssl",
    "openssl-sys",
    "quinn",
    "reqwest",
    "rustls",
    "surf",
    "trust-dns-resolver",
    "tungstenite",
    "ureq",
    "url",
    "webpki-roots",
];

#[test]
fn the_dependency_tree_has_no_network_client() {
    let lock = std::fs::read_to_string(crate::root().join("Cargo.lock"))
        .unwrap_or_else(|e| panic!("Cargo.lock: {e}"));
    let names: Vec<&str> = lock
        .lines()
        .filter_map(|l| l.strip_prefix("name = \""))
        .map(|n| n.trim_end_matches('"'))
        .collect();
    assert!(
        names.contains(&"eframe"),
        "Cargo.lock was not read as expected"
    );
    let found: Vec<&&str> = names
        .iter()
        .filter(|n| NETWORK_CRATES.contains(n))
        .collect();
    assert!(
        found.is_empty(),
        "network crates in the dependency tree: {found:?}"
    );
}

/// The internet sockets (IPv4, IPv6) an strace network log shows being opened or used.
fn internet_sockets(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|l| {
            l.contains("AF_INET") || l.contains("AF_INET6") || l.contains("sa_family=AF_INET")
        })
        .collect()
}

/// Whether `tool` is on the PATH. Without it the check is skipped with one line on the
/// terminal saying how to run it, unless `RECORDRIGHTS_SYSTEM_CHECKS=1` (set by `.ci/run`,
/// which installs the tools) demands it: in CI a skip never counts as a pass.
fn need(tool: &str, check: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    let demanded = std::env::var_os("RECORDRIGHTS_SYSTEM_CHECKS").is_some_and(|v| v == "1");
    assert!(
        found || !demanded,
        "{tool} is needed for the offline check {check} (apt-get install {tool}; .ci/run does)"
    );
    if !found {
        use std::io::Write as _;
        // Written past the test harness's capture, so it shows on a passing run.
        let _ = writeln!(
            std::io::stderr(),
            "note: offline check `{check}` skipped: {tool} is not installed; `bash .ci/run` installs it and runs every system check"
        );
    }
    found
}

/// Runs the program under strace; returns the network log and what it printed on stderr.
fn traced(dir: &Path, name: &str, env: &[(&str, &str)], args: &[&str]) -> (String, String) {
    let log = dir.join(format!("{name}.strace"));
    let out = Command::new("strace")
        .arg("-f")
        .args(["-e", "trace=network", "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_recordrights"))
        .args(args)
        .envs(env.iter().copied())
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .output()
        .unwrap_or_else(|e| panic!("strace: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(out.status.success(), "{name}: {}\n{stderr}", out.status);
    let log = std::fs::read_to_string(&log).unwrap_or_else(|e| panic!("{}: {e}", log.display()));
    (log, stderr)
}

fn scratch(tag: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("recordrights-offline-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

#[test]
fn the_pdf_report_opens_no_internet_socket() {
    if !need("strace", "the_pdf_report_opens_no_internet_socket") {
        return;
    }
    let dir = scratch("pdf");
    let case = dir.join("dd.case.toml");
    std::fs::write(&case, crate::DANGEROUS_DRIVING).unwrap_or_else(|e| panic!("{e}"));
    let pdf = dir.join("summary.pdf");
    let (case_s, pdf_s) = (case.to_string_lossy(), pdf.to_string_lossy());
    let args = ["report", &case_s, "--pdf", &pdf_s, "--today", "2026-11-22"];
    let (log, _) = traced(&dir, "report", &[], &args);
    assert!(pdf.is_file(), "no PDF was written");
    assert_eq!(internet_sockets(&log), Vec::<&str>::new());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_window_with_a_summary_opens_no_internet_socket() {
    let check = "the_window_with_a_summary_opens_no_internet_socket";
    if !(need("strace", check) && need("Xvfb", check)) {
        return;
    }
    let dir = scratch("gui");
    let case = dir.join("dd.case.toml");
    std::fs::write(&case, crate::DANGEROUS_DRIVING).unwrap_or_else(|e| panic!("{e}"));
    // A private X server with no TCP listener, on a display number of our own.
    let display = format!(":{}", 200 + std::process::id() % 500);
    let mut xvfb = Command::new("Xvfb")
        .args([
            display.as_str(),
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("Xvfb: {e}"));
    let socket = format!("/tmp/.X11-unix/X{}", &display[1..]);
    for _ in 0..100 {
        if Path::new(&socket).exists() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let case_s = case.to_string_lossy();
    let env = [
        ("DISPLAY", display.as_str()),
        ("RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME", "1"),
        ("LIBGL_ALWAYS_SOFTWARE", "1"),
    ];
    let (log, stderr) = traced(&dir, "window", &env, &[&case_s]);
    let _ = xvfb.kill();
    let _ = xvfb.wait();
    assert!(
        stderr.contains("frame 1 at"),
        "the window drew no frame:\n{stderr}"
    );
    assert!(
        log.contains("X11-unix"),
        "the window did not talk to the X server:\n{log}"
    );
    assert_eq!(internet_sockets(&log), Vec::<&str>::new());
    let _ = std::fs::remove_dir_all(&dir);
}
