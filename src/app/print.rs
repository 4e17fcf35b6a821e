//! Printing: the PDF goes to the system's print facility where there is one (`lp` on
//! Linux and macOS, the shell's print verb on Windows); otherwise it opens in the
//! default PDF viewer, from which the user can print.

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc::{Receiver, channel};

/// What became of a print request, reported back to the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrintOutcome {
    /// The system's print facility took the PDF.
    Printed,
    /// There was no print facility: the PDF opened in the PDF viewer.
    Opened,
    /// Neither worked: the PDF is left at its temporary path for the user to open.
    Failed,
}

/// Runs a program to its end; `true` when it ran and said it succeeded (or, with
/// `any_status`, when it ran at all: Windows' explorer exits with 1 even when it has
/// opened the file).
fn run_with(program: &str, args: &[&std::ffi::OsStr], any_status: bool) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| any_status || s.success())
}

fn run(program: &str, args: &[&std::ffi::OsStr]) -> bool {
    run_with(program, args, false)
}

/// Prints `pdf` (or opens it) on a background thread, so the window stays responsive;
/// the outcome arrives on the receiver, and `repaint` is called when it has.
pub(super) fn print_or_open(
    pdf: PathBuf,
    repaint: impl FnOnce() + Send + 'static,
) -> Receiver<PrintOutcome> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let file = pdf.as_os_str();
        let spooled = !cfg!(windows);
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
        // `lp` has copied the file into the print queue when it returns: the temporary
        // PDF is no longer needed. (The Windows print verb and a PDF viewer still read it;
        // it is deleted when the window closes.)
        if printed && spooled {
            remove_temporary(&pdf);
        }
        let outcome = if printed {
            PrintOutcome::Printed
        } else {
            let opener = if cfg!(target_os = "macos") {
                "open"
            } else if cfg!(windows) {
                "explorer"
            } else {
                "xdg-open"
            };
            if run_with(opener, &[file], cfg!(windows)) {
                PrintOutcome::Opened
            } else {
                PrintOutcome::Failed
            }
        };
        // The window may have closed meanwhile; then nobody is waiting for the outcome.
        if tx.send(outcome).is_ok() {
            repaint();
        }
    });
    rx
}

/// Where the PDF made for printing is written: one file per running program.
pub(super) fn temporary_path() -> PathBuf {
    std::env::temp_dir().join(format!("recordrights-summary-{}.pdf", std::process::id()))
}

/// Deletes the temporary PDF; a file already gone is fine, any other failure is reported
/// on standard error (there is no window left to show it in).
pub(super) fn remove_temporary(path: &std::path::Path) {
    if let Err(e) = crate::store::remove_if_present(path) {
        eprintln!("recordrights: {}: {e}", path.display());
    }
}
