//! `recordrights`: the program's entry point. With no command it opens the window (when
//! built with the `gui` feature, the default); the headless commands (`check`, `report`,
//! `rules`) print to the terminal. All the work is in the library.

fn main() {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    #[cfg(feature = "gui")]
    {
        // No arguments: the window. One argument that is a file: the window with that case.
        let open = match args.as_slice() {
            [] => Some(None),
            [one] if std::path::Path::new(one).is_file() => {
                Some(Some(std::path::PathBuf::from(one)))
            }
            _ => None,
        };
        if let Some(case) = open {
            if let Err(e) = recordrights::app::run(case) {
                eprintln!("recordrights: {e}");
                std::process::exit(1);
            }
            return;
        }
    }
    let code = recordrights::cli::run(
        &args,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    std::process::exit(code);
}
