//! Why the system refused a file operation, in the person's language. The common reasons
//! have plain words; any other is named by the system's error number, never by the
//! system's own (English) text.

use std::io;

use crate::i18n::{Args, Lang, Texts};

/// The Fluent message id and arguments for why `e` happened.
fn reason(e: &io::Error) -> (&'static str, Args) {
    use io::ErrorKind::*;
    let id = match e.kind() {
        NotFound => "io-not-found",
        PermissionDenied => "io-no-permission",
        IsADirectory => "io-is-folder",
        StorageFull | QuotaExceeded => "io-disk-full",
        ReadOnlyFilesystem => "io-read-only",
        AlreadyExists => "io-exists",
        _ => match e.raw_os_error() {
            Some(code) => return ("io-other", Args::new().with("code", code.to_string())),
            None => "io-other-no-code",
        },
    };
    (id, Args::new())
}

/// Why a file operation failed, in plain words of `lang`.
pub fn io_words(e: &io::Error, lang: Lang) -> String {
    let (id, args) = reason(e);
    Texts::get(lang).msg(id, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The common reasons have their own words; any other gives the error number and
    /// none of the system's English text.
    #[test]
    fn reasons_are_plain_words_in_both_languages() {
        let full = io::Error::from(io::ErrorKind::StorageFull);
        assert_eq!(io_words(&full, Lang::EnUs), "the disk is full");
        assert_eq!(io_words(&full, Lang::ZhCn), "磁盘已满");
        let odd = io::Error::from_raw_os_error(5);
        let words = io_words(&odd, Lang::ZhCn);
        assert!(words.contains('5'), "{words}");
        assert!(!words.contains("Input/output"), "{words}");
        let custom = io::Error::other("an English detail");
        assert!(!io_words(&custom, Lang::EnUs).contains("English"));
    }
}
