//! Printing: the PDF goes to the system's print facility where there is one (`lp` on
//! Linux and macOS, the shell's print verb on Windows); otherwise it opens in the
//! default PDF viewer, from which the user can print.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn run(program: &str, args: &[&std::ffi::OsStr]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Prints `pdf` (or opens it) on a background thread, so the window stays responsive.
pub(super) fn print_or_open(pdf: PathBuf) {
    std::thread::spawn(move || {
        let file = pdf.as_os_str();
        let printed = if cfg!(windows) {
            let script = format!("Start-Process -FilePath '{}' -Verb Print", pdf.display());
            run(
                "powershell",
                &[
                    std::ffi::OsStr::new("-NoProfile"),
                    std::ffi::OsStr::new("-Command"),
                    script.as_ref(),
                ],
            )
        } else {
            run("lp", &[file])
        };
        if !printed {
            let opener = if cfg!(target_os = "macos") {
                "open"
            } else if cfg!(windows) {
                "explorer"
            } else {
                "xdg-open"
            };
            let _ = run(opener, &[file]);
        }
    });
}
