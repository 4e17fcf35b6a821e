//! Rendering an assessment: plain text for people, JSON for tools.

mod blocks;
pub mod glance;
pub mod json;
pub mod letter;
pub mod search;
pub mod text;
pub mod timeline;
pub mod view;
mod words;
