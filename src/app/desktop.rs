//! The eframe wrapper ([`DesktopApp`]): settings kept in eframe's storage, the window
//! title, the whole-process measurements ([`Probe`]), the window icon and [`run`].

use super::{App, Settings, fonts, print};
use crate::i18n::{Lang, Texts};

/// The eframe application: settings are loaded and saved by eframe's storage.
pub struct DesktopApp {
    /// The state.
    pub app: App,
    title: String,
    probe: Probe,
}

/// Switches for the whole-process measurements (`tests/benches/whole-process.sh`), read
/// from the environment: `RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1` closes the window once the
/// first frame is drawn; `RECORDRIGHTS_TRACE_FRAMES=1` prints a line on stderr for every
/// frame, so idle frames can be counted. Both off by default.
#[derive(Debug, Clone, Copy)]
pub struct Probe {
    exit_after_first_frame: bool,
    trace_frames: bool,
    started: std::time::Instant,
    frames: u64,
}

impl Probe {
    /// Reads the switches; `started` is when the program began.
    pub fn from_env(started: std::time::Instant) -> Probe {
        let on = |name: &str| std::env::var_os(name).is_some_and(|v| v == "1");
        Probe {
            exit_after_first_frame: on("RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME"),
            trace_frames: on("RECORDRIGHTS_TRACE_FRAMES"),
            started,
            frames: 0,
        }
    }

    /// Counts one frame, reports it when asked to, and closes the window after the first
    /// one when asked to.
    pub fn frame(&mut self, ctx: &egui::Context) {
        self.frames += 1;
        let ms = self.started.elapsed().as_secs_f64() * 1000.0;
        if self.trace_frames || self.exit_after_first_frame && self.frames == 1 {
            eprintln!("recordrights: frame {} at {ms:.1} ms", self.frames);
        }
        if self.exit_after_first_frame && self.frames == 1 {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }
}

const SETTINGS_KEY: &str = "recordrights-settings";

impl DesktopApp {
    /// Creates the app, installs the fonts and restores the settings.
    pub fn new(cc: &eframe::CreationContext<'_>, probe: Probe) -> DesktopApp {
        fonts::install(&cc.egui_ctx);
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let mut app = App::new(settings, chrono::Local::now().date_naive());
        app.data_dir = crate::clients::data_dir();
        app.check_autosave();
        DesktopApp {
            app,
            title: String::new(),
            probe,
        }
    }
}

impl eframe::App for DesktopApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.app.show(ui);
        let title = format!(
            "{} — {}",
            self.app.t().plain("app-title"),
            self.app.t().plain(self.app.step.title_id())
        );
        if title != self.title {
            ui.ctx()
                .send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        self.probe.frame(ui.ctx());
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.app.settings);
    }

    fn persist_egui_memory(&self) -> bool {
        false
    }

    /// The temporary PDF made for printing is deleted when the window closes (a PDF
    /// viewer may still have needed it until then).
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        print::remove_temporary(&print::temporary_path());
    }
}

/// A small generated window icon (a document with a check mark), so no image file is needed.
pub fn icon() -> egui::IconData {
    let size = 64u32;
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    for y in 0..size {
        for x in 0..size {
            let page = (12..52).contains(&x) && (6..58).contains(&y);
            let border = page && (!(15..=48).contains(&x) || !(9..=54).contains(&y));
            let line =
                page && (16..46).contains(&x) && [18, 26, 34].contains(&(y / 2 * 2)) && y % 8 < 2;
            let check = {
                let (fx, fy) = (x as i32, y as i32);
                (fy - (44 + (fx - 24))).abs() <= 2 && (20..=28).contains(&fx)
                    || (fy - (52 - (fx - 28))).abs() <= 2 && (28..=44).contains(&fx)
            };
            let px: [u8; 4] = if check {
                [30, 140, 70, 255]
            } else if border {
                [40, 70, 120, 255]
            } else if line {
                [150, 160, 180, 255]
            } else if page {
                [250, 250, 245, 255]
            } else {
                [0, 0, 0, 0]
            };
            rgba.extend_from_slice(&px);
        }
    }
    egui::IconData {
        rgba,
        width: size,
        height: size,
    }
}

/// Opens the window (with a case file, if given) and runs until it is closed.
pub fn run(case: Option<std::path::PathBuf>) -> eframe::Result {
    let probe = Probe::from_env(std::time::Instant::now());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(Texts::get(Lang::ZhCn).plain("app-window-title"))
            .with_app_id("recordrights")
            .with_inner_size([1000.0, 760.0])
            .with_min_inner_size([640.0, 480.0])
            .with_icon(icon()),
        ..Default::default()
    };
    eframe::run_native(
        "recordrights",
        options,
        Box::new(move |cc| {
            let mut app = DesktopApp::new(cc, probe);
            if let Some(path) = case {
                app.app.open_case_file(&path);
            }
            Ok(Box::new(app))
        }),
    )
}
