//! The reader.

pub mod layout;
