//! The bars around every screen: the top bar (language, text size, files, theme) with
//! the progress through the questionnaire, and the bottom bar with Back and Next.

use super::{App, Command, Step, widgets};
use crate::i18n::{Args, Lang};

impl App {
    /// The top bar, and below it the progress once the questionnaire has begun.
    pub(super) fn top_bar_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let t = self.t();
        ui.horizontal_wrapped(|ui| {
            ui.heading(t.plain("app-title"));
            ui.separator();
            let lang = self.settings.lang;
            if ui
                .selectable_label(lang == Lang::ZhCn, "中文")
                .on_hover_text(t.plain("lang-switch-zh"))
                .clicked()
            {
                commands.push(Command::SetLang(Lang::ZhCn));
            }
            if ui
                .selectable_label(lang == Lang::EnUs, "English")
                .on_hover_text(t.plain("lang-switch-en"))
                .clicked()
            {
                commands.push(Command::SetLang(Lang::EnUs));
            }
            ui.separator();
            if ui
                .button(t.plain("text-smaller"))
                .on_hover_text(t.plain("text-smaller-hint"))
                .clicked()
            {
                egui::gui_zoom::zoom_out(ui.ctx());
            }
            if ui
                .button(t.plain("text-larger"))
                .on_hover_text(t.plain("text-larger-hint"))
                .clicked()
            {
                egui::gui_zoom::zoom_in(ui.ctx());
            }
            ui.separator();
            if ui
                .button(t.plain("file-open"))
                .on_hover_text(t.plain("file-open-hint"))
                .clicked()
            {
                commands.push(Command::OpenDialog);
            }
            if self.step != Step::Welcome
                && ui
                    .button(t.plain("file-save"))
                    .on_hover_text(t.plain("file-save-hint"))
                    .clicked()
            {
                commands.push(Command::SaveDialog);
            }
            let dark = ui.visuals().dark_mode;
            let theme_label = if dark {
                t.plain("theme-light")
            } else {
                t.plain("theme-dark")
            };
            if ui.button(theme_label).clicked() {
                self.settings.dark = Some(!dark);
            }
        });
        if self.step != Step::Welcome {
            self.progress_ui(ui);
        }
        ui.add_space(2.0);
    }

    /// Which step of how many, the steps by name, and a thin progress bar.
    fn progress_ui(&self, ui: &mut egui::Ui) {
        let t = self.t();
        let steps = &Step::ALL[1..];
        let at = steps.iter().position(|s| *s == self.step).unwrap_or(0);
        ui.horizontal_wrapped(|ui| {
            ui.label(t.msg(
                "progress",
                &Args::new().with("n", at + 1).with("total", steps.len()),
            ));
            for (i, s) in steps.iter().enumerate() {
                let text = egui::RichText::new(format!("{}. {}", i + 1, t.plain(s.title_id())));
                let text = if i == at {
                    text.strong().underline()
                } else if i < at {
                    text
                } else {
                    text.weak()
                };
                ui.label(text);
                if i + 1 < steps.len() {
                    ui.label("›");
                }
            }
        });
        ui.add(egui::ProgressBar::new((at + 1) as f32 / steps.len() as f32).desired_height(4.0));
    }

    /// Back and Next (on the summary: edit the answers, start again) and the last notice.
    pub(super) fn nav_ui(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        let t = self.t();
        ui.add_space(4.0);
        if let Some(e) = &self.autosave_error
            && self.settings.remember_answers
        {
            widgets::error_line(ui, e);
        }
        if self.tried.contains(&self.step) {
            let problems = self.step_problems(self.step);
            if !problems.is_empty() {
                widgets::error_line(
                    ui,
                    &t.msg("nav-fix-first", &Args::new().with("n", problems.len())),
                );
            }
        }
        ui.horizontal(|ui| {
            if ui
                .button(t.plain("nav-back"))
                .on_hover_text(t.plain("nav-back-hint"))
                .clicked()
            {
                commands.push(Command::Back);
            }
            if self.step == Step::Summary {
                if ui.button(t.plain("nav-edit-answers")).clicked() {
                    commands.push(Command::Goto(Step::Review));
                }
                if ui.button(t.plain("nav-restart")).clicked() {
                    commands.push(Command::Restart);
                }
            } else {
                let label = if self.step == Step::Review {
                    t.plain("nav-see-summary")
                } else {
                    t.plain("nav-next")
                };
                if ui
                    .button(label)
                    .on_hover_text(t.plain("nav-next-hint"))
                    .clicked()
                {
                    commands.push(Command::Next);
                }
            }
            if let Some(n) = &self.notice {
                ui.label(egui::RichText::new(n).weak());
            }
        });
        ui.add_space(4.0);
    }
}
