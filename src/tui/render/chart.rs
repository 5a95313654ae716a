//! The chart panel: D(P‖Q_θ), D(Q_θ‖P), H(P,Q_θ) and JS(P,Q_θ) along θ, the probability of
//! the selected outcome in the current model, with the model's own θ marked.
//!
//! Each curve has its own marker as well as its own colour, so under NO_COLOR they are still
//! told apart, and the legend names them in words.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use crate::tui::fit::{self, Kind, Wrapped};
use crate::tui::state::panel::ChartView;
use crate::tui::theme::Theme;

/// Where a curve runs off to ∞ it is drawn this many times above the axis, so its line leaves
/// the panel at the top instead of stopping short.
const OFF_THE_TOP: f64 = 4.0;

fn points(thetas: &[f64], values: &[f64], top: f64) -> Vec<(f64, f64)> {
    thetas
        .iter()
        .zip(values)
        .map(|(&x, &y)| (x, if y.is_finite() { y } else { top * OFF_THE_TOP }))
        .collect()
}

fn number(x: f64) -> String {
    crate::notation::Style::Unicode.decimal(x, 2)
}

pub fn render(view: &ChartView, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let c = &view.curve;
    let top = view.top();
    let (p, q) = (view.p.as_str(), view.q.as_str());
    let series = [
        // Each name begins with a sample of its marker, so the legend tells the curves apart
        // without colour.
        (format!("⠿ D({p}‖{q}θ)"), Marker::Braille, &c.kl, theme.series[1]),
        (format!("• D({q}θ‖{p})"), Marker::Dot, &c.kl_reverse, theme.series[2]),
        (format!("▀ H({p},{q}θ)"), Marker::HalfBlock, &c.cross_entropy, theme.series[0]),
        (format!("▄ JS({p},{q}θ)"), Marker::Bar, &c.js, theme.series[3]),
    ];
    let data: Vec<Vec<(f64, f64)>> =
        series.iter().map(|(_, _, values, _)| points(&c.thetas, values, top)).collect();
    let now = [(c.current, 0.0), (c.current, top)];
    let mut datasets: Vec<Dataset<'_>> = series
        .iter()
        .zip(&data)
        .map(|((name, marker, _, style), points)| {
            Dataset::default()
                .name(name.clone())
                .marker(*marker)
                .graph_type(GraphType::Line)
                .style(*style)
                .data(points)
        })
        .collect();
    datasets.push(
        Dataset::default()
            .name(crate::t!("chart-now", q = q, theta = number(c.current)))
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.dim)
            .data(&now),
    );
    let unit = crate::i18n::unit_name(view.unit);
    let (title, axis) = match &view.outcome {
        Some(outcome) => {
            (crate::t!("chart-title"), crate::t!("chart-x-axis", q = q, outcome = outcome.as_str()))
        }
        None => (crate::t!("chart-title-path", p = view.p.as_str(), q = q), "θ".to_string()),
    };
    // The axes' names go in the legend: ratatui draws an axis title inside the plot, over the
    // curves.
    let x_axis = Axis::default()
        .bounds([c.min, c.max])
        .labels([number(c.min), number((c.min + c.max) / 2.0), number(c.max)])
        .style(theme.dim);
    let y_axis = Axis::default()
        .bounds([0.0, top])
        .labels([number(0.0), number(top / 2.0), number(top)])
        .style(theme.dim);
    crate::tui::fit::clear(area, buf);
    let inner = super::panel("", theme, area, buf);
    // The title, wrapped, above the plot; the legend under it, outside the plotted area, so
    // nothing is drawn over a curve.
    let heading: Vec<Wrapped> =
        vec![Wrapped::new(&title, inner.width as usize, Kind::Prose, theme.title)];
    let heading_rows = heading[0].rows.len() as u16;
    let entries: Vec<(String, Style)> = series
        .iter()
        .map(|(name, _, _, style)| (name.clone(), *style))
        .chain([
            (format!("⡇ {}", crate::t!("chart-now", q = q, theta = number(c.current))), theme.dim),
            (crate::t!("chart-axes", x = axis, y = unit), theme.dim),
        ])
        .collect();
    let legend = legend_rows(&entries, inner.width as usize);
    let legend_rows = legend.len() as u16;
    if inner.height < heading_rows + legend_rows + 4 {
        fit::draw("chart", heading, 0, inner, buf);
        return;
    }
    let heading_area = Rect { height: heading_rows, ..inner };
    let plot = Rect {
        y: inner.y + heading_rows,
        height: inner.height - heading_rows - legend_rows,
        ..inner
    };
    let legend_area = Rect { y: plot.bottom(), height: legend_rows, ..inner };
    fit::draw("chart", heading, 0, heading_area, buf);
    Chart::new(datasets).x_axis(x_axis).y_axis(y_axis).legend_position(None).render(plot, buf);
    fit::draw("chart", legend, 0, legend_area, buf);
}

/// The legend's entries packed into rows of at most `width` columns, two spaces apart.
fn legend_rows(entries: &[(String, Style)], width: usize) -> Vec<Wrapped> {
    let mut rows: Vec<Vec<&(String, Style)>> = vec![Vec::new()];
    let mut used = 0;
    for entry in entries {
        let w = crate::tui::text::width(&entry.0);
        let last = rows.last_mut().expect("a row");
        if !last.is_empty() && used + 2 + w > width {
            rows.push(vec![entry]);
            used = w;
        } else {
            used += if last.is_empty() { w } else { w + 2 };
            last.push(entry);
        }
    }
    rows.into_iter()
        .map(|row| {
            let text: Vec<&str> = row.iter().map(|(name, _)| name.as_str()).collect();
            let mut spans = Vec::new();
            for (k, (name, style)) in row.into_iter().enumerate() {
                if k > 0 {
                    spans.push(Span::raw("  "));
                }
                spans.push(Span::styled(name.clone(), *style));
            }
            Wrapped::rows(text.join("  "), vec![Line::from(spans)])
        })
        .collect()
}
