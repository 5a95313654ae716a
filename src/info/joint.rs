//! Joint distributions of two variables and the measures between them: marginals, the
//! product of the marginals, joint and conditional entropies, and mutual information as a KL
//! divergence, I(X;Y) = D(P(x,y) ‖ P(x)·P(y)).
//!
//! Every probability stays exact: marginals and products are sums and products of rationals,
//! and the divergence is the accurate kernel of [`super::measures`] applied to the grid read
//! as one distribution over cells. Rows are values of X, columns values of Y.

use num_rational::BigRational;
use num_traits::{One, Signed, Zero};

use super::distribution::{Distribution, Notation};
use super::exact::{NumberError, parse_exact, split_values};
use super::measures::{Pair, entropy};
use super::unit::Unit;

/// What makes a grid of values not a joint distribution. Rows and columns count from 1.
#[derive(Debug, Clone, PartialEq)]
pub enum JointError {
    /// No values at all.
    Empty,
    /// A cell that is not a number.
    Number { row: usize, column: usize, text: String, error: NumberError },
    /// A row whose length differs from the first row's.
    Ragged { row: usize, found: usize, expected: usize },
    /// A negative cell.
    Negative { row: usize, column: usize, value: BigRational },
    /// One row or one column: there is no second variable to share information with.
    TooSmall { rows: usize, columns: usize },
    /// The cells do not add up to 1 (and normalisation was not asked for).
    SumNotOne { sum: BigRational },
    /// Normalisation was asked for, but every weight is 0.
    ZeroTotal,
}

/// A joint distribution P(x, y) over a grid of rows (x) and columns (y).
#[derive(Debug, Clone, PartialEq)]
pub struct Joint {
    rows: usize,
    columns: usize,
    /// The cells in row-major order, as one distribution over rows × columns outcomes.
    cells: Distribution,
}

impl Joint {
    /// Parses `ROW;ROW;…`, each row a list of values as `compute --p` takes them.
    pub fn parse(text: &str, normalize: bool) -> Result<Joint, JointError> {
        let rows: Vec<Vec<&str>> = text
            .split(';')
            .map(|row| split_values(row).collect::<Vec<_>>())
            .filter(|row| !row.is_empty())
            .collect();
        let Some(first) = rows.first() else { return Err(JointError::Empty) };
        let columns = first.len();
        let mut values = Vec::with_capacity(rows.len() * columns);
        for (r, row) in rows.iter().enumerate() {
            if row.len() != columns {
                return Err(JointError::Ragged { row: r + 1, found: row.len(), expected: columns });
            }
            for (c, text) in row.iter().enumerate() {
                let (row, column) = (r + 1, c + 1);
                let value = parse_exact(text).map_err(|error| JointError::Number {
                    row,
                    column,
                    text: text.to_string(),
                    error,
                })?;
                if value.is_negative() {
                    return Err(JointError::Negative { row, column, value });
                }
                values.push(value);
            }
        }
        if rows.len() < 2 || columns < 2 {
            return Err(JointError::TooSmall { rows: rows.len(), columns });
        }
        let notation = Notation::of_texts(rows.iter().flatten().copied());
        let cells = if normalize {
            Distribution::normalized(values, notation).map_err(|_| JointError::ZeroTotal)?
        } else {
            let sum: BigRational = values.iter().sum();
            if !sum.is_one() {
                return Err(JointError::SumNotOne { sum });
            }
            Distribution::new_unchecked(values, notation)
        };
        Ok(Joint { rows: rows.len(), columns, cells })
    }

    /// The grid whose cells, row by row, are `cells`: a lesson's truth read as a joint.
    pub fn from_cells(
        rows: usize,
        columns: usize,
        cells: Distribution,
    ) -> Result<Joint, JointError> {
        if rows < 2 || columns < 2 || rows * columns != cells.len() {
            return Err(JointError::TooSmall { rows, columns });
        }
        Ok(Joint { rows, columns, cells })
    }

    pub fn rows(&self) -> usize {
        self.rows
    }

    pub fn columns(&self) -> usize {
        self.columns
    }

    /// P(x, y) for row `x`, column `y` (from 0).
    pub fn cell(&self, x: usize, y: usize) -> std::borrow::Cow<'_, BigRational> {
        self.cells.get(x * self.columns + y)
    }

    /// The grid as one distribution over cells, row by row.
    pub fn cells(&self) -> &Distribution {
        &self.cells
    }

    /// P(x) = Σ_y P(x, y): the row sums.
    pub fn marginal_x(&self) -> Distribution {
        let sums = (0..self.rows)
            .map(|x| (0..self.columns).map(|y| self.cell(x, y).into_owned()).sum())
            .collect();
        Distribution::new_unchecked(sums, self.cells.notation())
    }

    /// P(y) = Σ_x P(x, y): the column sums.
    pub fn marginal_y(&self) -> Distribution {
        let sums = (0..self.columns)
            .map(|y| (0..self.rows).map(|x| self.cell(x, y).into_owned()).sum())
            .collect();
        Distribution::new_unchecked(sums, self.cells.notation())
    }

    /// P(x)·P(y) over the same cells: the joint distribution X and Y would have if they were
    /// independent with the same marginals.
    pub fn product(&self) -> Distribution {
        let (px, py) = (self.marginal_x(), self.marginal_y());
        let cells = (0..self.rows)
            .flat_map(|x| (0..self.columns).map(move |y| (x, y)))
            .map(|(x, y)| &*px.get(x) * &*py.get(y))
            .collect();
        Distribution::new_unchecked(cells, self.cells.notation())
    }

    /// P(x | y) for one column `y`; `None` where P(y) = 0 and the condition never happens.
    pub fn x_given_y(&self, y: usize) -> Option<Distribution> {
        let column: Vec<BigRational> =
            (0..self.rows).map(|x| self.cell(x, y).into_owned()).collect();
        conditional(column, self.cells.notation())
    }

    /// P(y | x) for one row `x`; `None` where P(x) = 0.
    pub fn y_given_x(&self, x: usize) -> Option<Distribution> {
        let row: Vec<BigRational> =
            (0..self.columns).map(|y| self.cell(x, y).into_owned()).collect();
        conditional(row, self.cells.notation())
    }

    /// Every measure of the pair of variables, in one unit.
    pub fn measures(&self, unit: Unit) -> JointMeasures {
        let (px, py) = (self.marginal_x(), self.marginal_y());
        let product = self.product();
        // P(x)P(y) = 0 only where a marginal is 0, and then P(x, y) = 0 too: never infinite.
        let mutual_information = Pair { p: &self.cells, q: &product }.kl(unit).value();
        // Σ_y P(y)·H(X | Y = y), summed directly: the difference H(X,Y) − H(Y) would lose
        // the digits of a small conditional entropy to cancellation.
        let x_given_y = (0..self.columns)
            .filter_map(|y| self.x_given_y(y).map(|d| weighted(&py.get(y), &d, unit)))
            .sum();
        let y_given_x = (0..self.rows)
            .filter_map(|x| self.y_given_x(x).map(|d| weighted(&px.get(x), &d, unit)))
            .sum();
        JointMeasures {
            entropy_x: entropy(&px, unit),
            entropy_y: entropy(&py, unit),
            joint_entropy: entropy(&self.cells, unit),
            conditional_x_given_y: x_given_y,
            conditional_y_given_x: y_given_x,
            mutual_information,
        }
    }
}

/// A row or column of cells divided by its total: a conditional distribution.
fn conditional(cells: Vec<BigRational>, notation: Notation) -> Option<Distribution> {
    let total: BigRational = cells.iter().sum();
    if total.is_zero() {
        return None;
    }
    Some(Distribution::new_unchecked(cells.into_iter().map(|c| c / &total).collect(), notation))
}

fn weighted(weight: &BigRational, d: &Distribution, unit: Unit) -> f64 {
    num_traits::ToPrimitive::to_f64(weight).unwrap_or(0.0) * entropy(d, unit)
}

/// The entropies of two variables and the information they share.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct JointMeasures {
    /// H(X).
    pub entropy_x: f64,
    /// H(Y).
    pub entropy_y: f64,
    /// H(X, Y).
    pub joint_entropy: f64,
    /// H(X | Y) = Σ_y P(y)·H(X | Y = y).
    pub conditional_x_given_y: f64,
    /// H(Y | X) = Σ_x P(x)·H(Y | X = x).
    pub conditional_y_given_x: f64,
    /// I(X; Y) = D(P(x,y) ‖ P(x)P(y)).
    pub mutual_information: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i64, d: i64) -> BigRational {
        BigRational::new(n.into(), d.into())
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-14 * b.abs().max(1.0)
    }

    #[test]
    fn copies_share_all_their_information() {
        let j = Joint::parse("1/2 0; 0 1/2", false).unwrap();
        let m = j.measures(Unit::Bits);
        assert!(close(m.mutual_information, 1.0));
        assert!(close(m.joint_entropy, 1.0));
        assert_eq!(m.conditional_x_given_y, 0.0);
        assert_eq!(*j.product().exact(), [r(1, 4), r(1, 4), r(1, 4), r(1, 4)]);
    }

    #[test]
    fn independent_variables_share_nothing() {
        // P(x) = (1/4, 3/4), P(y) = (1/3, 2/3): the grid is their product.
        let j = Joint::parse("1/12 2/12; 3/12 6/12", false).unwrap();
        let m = j.measures(Unit::Nats);
        assert_eq!(m.mutual_information, 0.0);
        assert!(close(m.conditional_x_given_y, m.entropy_x));
        assert!(close(m.joint_entropy, m.entropy_x + m.entropy_y));
    }

    #[test]
    fn the_identities_hold() {
        let j = Joint::parse("0.3 0.1 0.05; 0.05 0.2 0.3", false).unwrap();
        let m = j.measures(Unit::Bits);
        assert!(close(m.mutual_information, m.entropy_x - m.conditional_x_given_y));
        assert!(close(m.mutual_information, m.entropy_y - m.conditional_y_given_x));
        assert!(close(m.mutual_information, m.entropy_x + m.entropy_y - m.joint_entropy));
        assert!(close(m.joint_entropy, m.entropy_y + m.conditional_x_given_y));
        assert_eq!(*j.marginal_x().exact(), [r(9, 20), r(11, 20)]);
    }

    #[test]
    fn names_the_row_and_column_at_fault() {
        let err = |t| Joint::parse(t, false).unwrap_err();
        assert_eq!(err("1/2 1/4; 1/4"), JointError::Ragged { row: 2, found: 1, expected: 2 });
        assert!(matches!(err("1/2 x; 1/4 0"), JointError::Number { row: 1, column: 2, .. }));
        assert_eq!(
            err("1/2 1/2; -1/4 1/4"),
            JointError::Negative { row: 2, column: 1, value: r(-1, 4) }
        );
        assert_eq!(err("1/2 1/2"), JointError::TooSmall { rows: 1, columns: 2 });
        assert_eq!(err("1/2; 1/2"), JointError::TooSmall { rows: 2, columns: 1 });
        assert_eq!(err("1/4 1/4; 1/4 1/8"), JointError::SumNotOne { sum: r(7, 8) });
        assert_eq!(err(" ; "), JointError::Empty);
        assert_eq!(*Joint::parse("1 1; 1 1", true).unwrap().cell(1, 1), r(1, 4));
        assert_eq!(Joint::parse("0 0; 0 0", true).unwrap_err(), JointError::ZeroTotal);
    }
}
