//! Small widgets shared by the screens: labelled fields, dates, inline errors, cards.

use chrono::{Datelike, NaiveDate};
use egui::{Color32, RichText, Ui};

use crate::answers::parse_date;
use crate::i18n::{Args, Lang, Texts};

/// The colour of an error message (readable in both themes).
pub fn error_color(ui: &Ui) -> Color32 {
    if ui.visuals().dark_mode {
        Color32::from_rgb(255, 140, 120)
    } else {
        Color32::from_rgb(180, 30, 20)
    }
}

/// An inline error in plain words: said, not only coloured.
pub fn error_line(ui: &mut Ui, text: &str) {
    let color = error_color(ui);
    ui.label(RichText::new(format!("⚠ {text}")).color(color));
}

/// A single-line text field with a visible label that is also its accessible name.
pub fn text_field(
    ui: &mut Ui,
    label: &str,
    value: &mut String,
    hint: &str,
    width: f32,
) -> egui::Response {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let r = ui.add(
            egui::TextEdit::singleline(value)
                .hint_text(hint.to_owned())
                .desired_width(width),
        );
        r.labelled_by(l.id)
    })
    .inner
}

/// A date typed as text (`2024-03-01`, `2024/3/1`, `2024年3月1日`), with a calendar
/// button and the date read back in words so the user sees what was understood.
pub fn date_field(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    value: &mut String,
    id: &str,
) -> egui::Response {
    let t = Texts::get(lang);
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let r = ui
            .add(
                egui::TextEdit::singleline(value)
                    .hint_text(t.plain("date-hint"))
                    .desired_width(120.0)
                    .id_salt(id),
            )
            .labelled_by(l.id);
        let button = ui
            .button(t.plain("date-calendar"))
            .on_hover_text(t.plain("date-calendar-hint"));
        let popup_id = egui::Popup::default_response_id(&button);
        let mut picked = None;
        egui::Popup::from_toggle_button_response(&button)
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
            .show(|ui| {
                picked = calendar(ui, lang, parse_date(value), id);
            });
        if let Some(d) = picked {
            *value = d.to_string();
            egui::Popup::close_id(ui.ctx(), popup_id);
        }
        if let Some(d) = parse_date(value) {
            ui.label(RichText::new(long_date(d, lang)).weak());
        }
        r
    })
    .inner
}

/// "1 March 2024" / "2024年3月1日".
pub fn long_date(d: NaiveDate, lang: Lang) -> String {
    let t = Texts::get(lang);
    t.msg(
        "date-long",
        &Args::new()
            .with("year", i64::from(d.year()))
            .with("month", d.month())
            .with("day", d.day())
            .with("monthname", t.plain(&format!("month-{}", d.month()))),
    )
}

/// A month calendar; returns the day clicked.
fn calendar(ui: &mut Ui, lang: Lang, current: Option<NaiveDate>, id: &str) -> Option<NaiveDate> {
    let t = Texts::get(lang);
    let state_id = ui.make_persistent_id((id, "calendar-month"));
    let today = chrono::Local::now().date_naive();
    let mut shown: NaiveDate = ui
        .data(|d| d.get_temp(state_id))
        .or(current)
        .unwrap_or(today)
        .with_day(1)
        .unwrap_or(today);
    let mut picked = None;
    ui.horizontal(|ui| {
        if ui
            .button("«")
            .on_hover_text(t.plain("date-prev-year"))
            .clicked()
        {
            shown = shown.with_year(shown.year() - 1).unwrap_or(shown);
        }
        if ui
            .button("‹")
            .on_hover_text(t.plain("date-prev-month"))
            .clicked()
        {
            shown = shown
                .checked_sub_months(chrono::Months::new(1))
                .unwrap_or(shown);
        }
        ui.label(
            RichText::new(
                t.msg(
                    "date-month-year",
                    &Args::new()
                        .with("year", i64::from(shown.year()))
                        .with("monthname", t.plain(&format!("month-{}", shown.month()))),
                ),
            )
            .strong(),
        );
        if ui
            .button("›")
            .on_hover_text(t.plain("date-next-month"))
            .clicked()
        {
            shown = shown
                .checked_add_months(chrono::Months::new(1))
                .unwrap_or(shown);
        }
        if ui
            .button("»")
            .on_hover_text(t.plain("date-next-year"))
            .clicked()
        {
            shown = shown.with_year(shown.year() + 1).unwrap_or(shown);
        }
    });
    egui::Grid::new((id, "calendar-grid"))
        .spacing([4.0, 4.0])
        .show(ui, |ui| {
            for wd in 1..=7 {
                ui.label(RichText::new(t.plain(&format!("weekday-{wd}"))).weak());
            }
            ui.end_row();
            let offset = shown.weekday().num_days_from_monday();
            for _ in 0..offset {
                ui.label("");
            }
            let mut day = shown;
            let mut col = offset;
            while day.month() == shown.month() {
                let selected = current == Some(day);
                if ui
                    .selectable_label(selected, format!("{:>2}", day.day()))
                    .clicked()
                {
                    picked = Some(day);
                }
                col += 1;
                if col == 7 {
                    ui.end_row();
                    col = 0;
                }
                match day.succ_opt() {
                    Some(next) => day = next,
                    None => break,
                }
            }
        });
    ui.data_mut(|d| d.insert_temp(state_id, shown));
    picked
}

/// A small coloured badge.
pub fn badge(ui: &mut Ui, text: &str, color: Color32) {
    egui::Frame::new()
        .fill(color.gamma_multiply(0.25))
        .stroke(egui::Stroke::new(1.0, color))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small());
        });
}

/// Years and months as two labelled number fields, the years kept in `years_range` (the
/// law's limits, from `case::limits`).
pub fn years_months(
    ui: &mut Ui,
    lang: Lang,
    label: &str,
    years: &mut u32,
    months: &mut u32,
    years_range: std::ops::RangeInclusive<u32>,
) -> bool {
    let t = Texts::get(lang);
    ui.horizontal(|ui| {
        ui.label(label);
        let yl = ui.label(t.plain("unit-years"));
        let a = ui
            .add(egui::DragValue::new(years).range(years_range))
            .labelled_by(yl.id);
        let ml = ui.label(t.plain("unit-months"));
        let b = ui
            .add(egui::DragValue::new(months).range(0..=11))
            .labelled_by(ml.id);
        a.changed() || b.changed()
    })
    .inner
}
