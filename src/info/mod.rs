//! The mathematics: exact probabilities, information measures and their derivations.
//!
//! Pure and UI-free: nothing here knows about terminals, files or output formats.

pub mod binning;
pub mod codes;
mod compact;
pub mod conventions;
pub mod curve;
pub mod density;
pub mod derivation;
pub mod distribution;
pub mod edit;
pub mod exact;
pub mod fit;
pub mod joint;
pub mod measures;
pub mod normal;
pub mod numeric;
pub mod quadrature;
pub mod unit;
pub mod values;

pub use derivation::{Derivation, Log, Quantity, Term};
pub use distribution::{Distribution, DistributionError, Normalization, Notation};
pub use measures::{
    Amount, LengthMismatch, Pair, Summary, entropy, information_content, rank_by_kl,
};
pub use unit::Unit;
pub use values::{SumRule, ValueError, Values};
