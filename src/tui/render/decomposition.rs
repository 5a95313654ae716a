//! H(P,Q) = H(P) + D(P‖Q) as one stacked bar: the cost of the true code and the extra cost of
//! the model's.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::info::derivation::Side;
use crate::info::{Amount, Quantity};
use crate::notation::Style as Notation;
use crate::notation::symbol;
use crate::tui::state::LessonState;
use crate::tui::text::width;
use crate::tui::theme::Theme;

use super::bars::bar;

pub fn render(state: &LessonState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &state.computed;
    let names = &c.names;
    let s = Notation::Unicode;
    let (h, d, cross) = (
        symbol(Quantity::Entropy(Side::P), names, s),
        symbol(Quantity::Kl, names, s),
        symbol(Quantity::CrossEntropy, names, s),
    );
    let inner = super::panel(&format!(" {cross} = {h} + {d} "), theme, area, buf);
    let parts = [Quantity::Entropy(Side::P), Quantity::Kl, Quantity::CrossEntropy];
    if parts.into_iter().any(|q| state.conceals(q)) {
        Line::from(Span::styled(crate::t!("tui-hidden-terms"), theme.dim)).render(inner, buf);
        return;
    }
    let unit = crate::i18n::unit_name(state.unit);
    let lines = match (c.cross_entropy, c.kl) {
        (Amount::Finite(total), Amount::Finite(kl)) => {
            let label = format!(" {} {unit}", s.decimal(total, 4));
            let cells = (inner.width as usize).saturating_sub(width(&label) + 1);
            let share = if total > 0.0 { c.entropy_p / total } else { 1.0 };
            let entropy_bar = bar(share, cells);
            let used = entropy_bar.chars().count();
            let (hv, dv) = (s.decimal(c.entropy_p, 4), s.decimal(kl, 4));
            let (mut h_text, mut d_text) = (format!("█ {h} {hv}"), format!("░ {d} {dv}"));
            if width(&h_text) + width(&d_text) + 5 > inner.width as usize {
                (h_text, d_text) = (format!("█ {hv}"), format!("░ {dv}"));
            }
            vec![
                Line::from(vec![
                    Span::styled(entropy_bar, theme.series(0)),
                    Span::styled(
                        "░".repeat(cells.saturating_sub(used)),
                        theme.series(state.model + 1),
                    ),
                    Span::raw(label),
                ]),
                Line::from(vec![
                    Span::styled(h_text, theme.series(0)),
                    Span::raw("  +  "),
                    Span::styled(d_text, theme.series(state.model + 1)),
                ]),
            ]
        }
        _ => vec![
            Line::from(Span::styled(format!("{cross} = ∞ = {h} + ∞"), theme.error)),
            Line::from(crate::t!(
                "tui-decomposition-infinite",
                h = h.as_str(),
                value = s.decimal(c.entropy_p, 4),
                unit = unit.as_str(),
                d = d.as_str()
            )),
        ],
    };
    for (k, line) in lines.into_iter().take(inner.height as usize).enumerate() {
        line.render(Rect { y: inner.y + k as u16, height: 1, ..inner }, buf);
    }
}
