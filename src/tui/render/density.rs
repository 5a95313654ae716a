//! The density panel of a lesson with `[bins]`: the truth's and the model's densities as
//! curves, and under them the closed forms (or integrals) between them, the bins converging
//! to the density and, for a mixture, the forward and reverse fits. ←→ move the selected
//! density's mean and ↑↓ its sd, and every number follows.
//!
//! The two curves have their own markers as well as colours, so under NO_COLOR they are still
//! told apart; the legend names them in words.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::symbols::Marker;
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use super::sections::Lines;
use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::state::Scrolled;
use crate::tui::state::panel::DensityView;
use crate::tui::theme::Theme;

fn number(x: f64) -> String {
    crate::notation::Style::Unicode.decimal(x, 2)
}

pub fn render(
    view: &DensityView,
    scroll: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) -> Scrolled {
    crate::tui::fit::clear(area, buf);
    let [chart_area, text_area] =
        Layout::vertical([Constraint::Percentage(55), Constraint::Min(3)]).areas(area);
    // The keys in the title; the legend over the plot, a row a curve (wrapped if a mixture is
    // long), so a narrow terminal never drops a curve's name.
    let [(p, _), (q, _)] = &view.curves;
    let title = format!(" {} ", crate::t!("tui-density-keys"));
    let panel = super::panel(&title, theme, chart_area, buf);
    let width = panel.width as usize;
    let legend: Vec<Wrapped> = [("⣿", p, theme.series[0]), ("•", q, theme.series[1])]
        .into_iter()
        .map(|(marker, name, style)| {
            Wrapped::new(&format!("{marker} {name}"), width, Kind::Formula, style)
        })
        .collect();
    let rows: usize = legend.iter().map(|l| l.rows.len()).sum();
    let rows = (rows as u16).min(panel.height / 2);
    let [legend_area, inner] =
        Layout::vertical([Constraint::Length(rows), Constraint::Min(0)]).areas(panel);
    fit::draw("density", legend, 0, legend_area, buf);
    let styles = [(Marker::Braille, theme.series[0]), (Marker::Dot, theme.series[1])];
    let datasets: Vec<Dataset<'_>> = view
        .curves
        .iter()
        .zip(styles)
        .map(|((_, points), (marker, style))| {
            Dataset::default().marker(marker).graph_type(GraphType::Line).style(style).data(points)
        })
        .collect();
    let (lo, hi) = view.x;
    let x_axis = Axis::default()
        .bounds([0.0, 1.0])
        .labels([number(lo), number((lo + hi) / 2.0), number(hi)])
        .style(theme.dim);
    let y_axis = Axis::default()
        .bounds([0.0, 1.0])
        .labels([number(0.0), number(view.top / 2.0), number(view.top)])
        .style(theme.dim);
    Chart::new(datasets).x_axis(x_axis).y_axis(y_axis).render(inner, buf);

    let inner =
        super::panel(&format!(" {} ", crate::t!("tui-density-working")), theme, text_area, buf);
    let mut lines = Lines::new("density", theme, inner.width);
    if view.reveal {
        for (heading, body) in &view.sections {
            lines.section(heading, body, true);
        }
        for remark in &view.closing {
            lines.section("", remark, false);
        }
    } else {
        lines.section("", &crate::t!("tui-measures-hidden"), false);
    }
    lines.render(scroll, text_area, inner, buf)
}
