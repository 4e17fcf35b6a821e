//! Rendering an assessment: plain text for people, JSON for tools.

pub mod json;
pub mod letter;
pub mod text;
pub mod view;
