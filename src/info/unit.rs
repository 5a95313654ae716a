//! Units of information: the base of the logarithm.

use std::fmt;
use std::str::FromStr;

/// The unit results are given in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Unit {
    /// Base 2.
    #[default]
    Bits,
    /// Base e.
    Nats,
    /// Base 10 (also called bans or dits).
    Hartleys,
}

impl Unit {
    pub const ALL: [Unit; 3] = [Unit::Bits, Unit::Nats, Unit::Hartleys];

    /// The name used in output and accepted on input.
    pub fn name(self) -> &'static str {
        match self {
            Unit::Bits => "bits",
            Unit::Nats => "nats",
            Unit::Hartleys => "hartleys",
        }
    }

    /// The integer base, where there is one; `None` for e.
    pub fn integer_base(self) -> Option<u32> {
        match self {
            Unit::Bits => Some(2),
            Unit::Nats => None,
            Unit::Hartleys => Some(10),
        }
    }

    /// Converts a value in nats to this unit.
    pub fn from_nats(self, nats: f64) -> f64 {
        match self {
            Unit::Bits => nats / std::f64::consts::LN_2,
            Unit::Nats => nats,
            Unit::Hartleys => nats / std::f64::consts::LN_10,
        }
    }

    /// The next unit, for cycling through them.
    pub fn next(self) -> Unit {
        match self {
            Unit::Bits => Unit::Nats,
            Unit::Nats => Unit::Hartleys,
            Unit::Hartleys => Unit::Bits,
        }
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Unit {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "bits" | "bit" | "shannons" | "比特" => Ok(Unit::Bits),
            "nats" | "nat" | "奈特" => Ok(Unit::Nats),
            "hartleys" | "hartley" | "bans" | "dits" | "哈特莱" => Ok(Unit::Hartleys),
            other => Err(crate::t!("unit-unknown", unit = crate::visible::visible(other))),
        }
    }
}
