//! The baseline for the start-to-first-frame measurement: a minimal eframe window built
//! with the same eframe version and features as the program, one label, and the same
//! switches (`RECORDRIGHTS_EXIT_AFTER_FIRST_FRAME=1`, `RECORDRIGHTS_TRACE_FRAMES=1`), so
//! `tests/benches/whole-process.sh` can time both in the same run.

struct Bare {
    probe: recordrights::app::Probe,
}

impl eframe::App for Bare {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("A bare eframe window");
        });
        self.probe.frame(ui.ctx());
    }
}

fn main() -> eframe::Result {
    let probe = recordrights::app::Probe::from_env(std::time::Instant::now());
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare-window")
            .with_inner_size([1000.0, 760.0]),
        ..Default::default()
    };
    eframe::run_native(
        "bare-window",
        options,
        Box::new(move |_cc| Ok(Box::new(Bare { probe }))),
    )
}
