//! Writing files safely: atomically, keeping the previous version, readable only by
//! the user. A failed write leaves the old file as it was.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The backup kept next to a file (`name.bak`).
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

fn temp_path(path: &Path) -> PathBuf {
    let mut name = std::ffi::OsString::from(".");
    name.push(path.file_name().unwrap_or_default());
    name.push(format!(".tmp-{}", std::process::id()));
    path.with_file_name(name)
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// Writes `contents` to `path` atomically: a temporary file in the same folder is
/// written, flushed and synced, the old file (if any) is kept as `name.bak`, and the
/// temporary file is renamed over the target. New files are readable by the user only.
pub fn save_atomic(path: &Path, contents: &[u8]) -> io::Result<()> {
    save_with(path, |f| f.write_all(contents))
}

/// [`save_atomic`] with the writing done by `write` (tests use it to fail on purpose).
pub fn save_with(path: &Path, write: impl FnOnce(&mut File) -> io::Result<()>) -> io::Result<()> {
    let temp = temp_path(path);
    // A temporary file left by an interrupted save is removed first; one that cannot be
    // removed would not be written either, so that is the error to report.
    remove_if_present(&temp)?;
    let result = (|| {
        let mut f = create_private(&temp)?;
        write(&mut f)?;
        f.flush()?;
        f.sync_all()?;
        drop(f);
        if path.exists() {
            fs::copy(path, backup_path(path))?;
        }
        fs::rename(&temp, path)?;
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && let Ok(d) = File::open(dir)
        {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        // The caller reports why the save failed; a temporary file that cannot be
        // removed now is removed by the next save, before it writes.
        remove_if_present(&temp).ok();
    }
    result
}

/// Removes a file; one that is not there is fine.
pub fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(tag: &str) -> PathBuf {
        let d = std::env::temp_dir().join(format!("rr-store-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        let _ = fs::create_dir_all(&d);
        d
    }

    #[test]
    fn saves_keep_a_backup_and_are_private() {
        let d = dir("ok");
        let p = d.join("a.case.toml");
        save_atomic(&p, b"one").unwrap_or_else(|e| panic!("{e}"));
        save_atomic(&p, b"two").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(fs::read(&p).unwrap_or_default(), b"two");
        assert_eq!(fs::read(backup_path(&p)).unwrap_or_default(), b"one");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&p)
                .map(|m| m.permissions().mode() & 0o777)
                .unwrap_or(0);
            assert_eq!(mode, 0o600);
        }
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn a_failed_write_leaves_the_old_file() {
        let d = dir("fail");
        let p = d.join("a.case.toml");
        save_atomic(&p, b"old").unwrap_or_else(|e| panic!("{e}"));
        let err = save_with(&p, |f| {
            f.write_all(b"half")?;
            Err(io::Error::other("disk full"))
        });
        assert!(err.is_err());
        assert_eq!(fs::read(&p).unwrap_or_default(), b"old");
        let leftovers: Vec<_> = fs::read_dir(&d)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(
            leftovers.len(),
            1,
            "no temporary file is left: {leftovers:?}"
        );
        let _ = fs::remove_dir_all(&d);
    }
}
