//! The legal-aid worker's client list: plain case files in one folder, plus a small
//! index (`index.toml`) that is only a cache — it is rebuilt from the case files when it
//! is missing, damaged or out of date. Every write is atomic and private
//! ([`crate::store`]).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::{Case, ClientInfo};
use crate::store::save_atomic;

/// One client in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientEntry {
    /// File stem of the case file (`c0007`).
    pub id: String,
    /// The label chosen by the worker.
    pub label: String,
    /// Notes.
    pub notes: String,
    /// Day of the consultation.
    pub consulted_on: Option<NaiveDate>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    client: Vec<ClientEntry>,
}

/// The client folder.
#[derive(Debug, Clone)]
pub struct ClientStore {
    dir: PathBuf,
}

impl ClientStore {
    /// A store in `dir` (created when first written to).
    pub fn new(dir: impl Into<PathBuf>) -> ClientStore {
        ClientStore { dir: dir.into() }
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn index_path(&self) -> PathBuf {
        self.dir.join("index.toml")
    }

    /// The case file of a client.
    pub fn case_path(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.case.toml"))
    }

    fn case_ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = fs::read_dir(&self.dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| {
                e.file_name()
                    .to_str()
                    .and_then(|n| n.strip_suffix(".case.toml"))
                    .map(str::to_owned)
            })
            .collect();
        ids.sort();
        ids
    }

    /// Rebuilds the index from the case files (files that do not load are left out)
    /// and writes it.
    pub fn rebuild_index(&self) -> io::Result<Vec<ClientEntry>> {
        let mut entries = Vec::new();
        for id in self.case_ids() {
            let path = self.case_path(&id);
            let Ok(text) = fs::read_to_string(&path) else {
                continue;
            };
            let Ok(case) = Case::parse(&path.display().to_string(), &text) else {
                continue;
            };
            let info = case.client.unwrap_or_default();
            entries.push(ClientEntry {
                id,
                label: info.label,
                notes: info.notes,
                consulted_on: info.consulted_on,
            });
        }
        self.write_index(&entries)?;
        Ok(entries)
    }

    fn write_index(&self, entries: &[ClientEntry]) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let text = toml::to_string(&Index {
            client: entries.to_vec(),
        })
        .map_err(io::Error::other)?;
        save_atomic(&self.index_path(), text.as_bytes())
    }

    /// Every client, newest consultation first; the index is rebuilt when it is
    /// missing, unreadable or does not match the case files.
    pub fn list(&self) -> io::Result<Vec<ClientEntry>> {
        let index: Option<Index> = fs::read_to_string(self.index_path())
            .ok()
            .and_then(|t| toml::from_str(&t).ok());
        let mut entries = match index {
            Some(i)
                if {
                    let mut a: Vec<&str> = i.client.iter().map(|c| c.id.as_str()).collect();
                    a.sort();
                    a == self
                        .case_ids()
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                } =>
            {
                i.client
            }
            _ if !self.dir.exists() => Vec::new(),
            _ => self.rebuild_index()?,
        };
        entries.sort_by(|a, b| {
            b.consulted_on
                .cmp(&a.consulted_on)
                .then(a.label.cmp(&b.label))
        });
        Ok(entries)
    }

    /// Clients whose label or notes contain `query` (case-insensitive).
    pub fn search(&self, query: &str) -> io::Result<Vec<ClientEntry>> {
        let q = query.trim().to_lowercase();
        Ok(self
            .list()?
            .into_iter()
            .filter(|c| {
                q.is_empty()
                    || c.label.to_lowercase().contains(&q)
                    || c.notes.to_lowercase().contains(&q)
            })
            .collect())
    }

    /// Saves a case for a client (new when `id` is `None`); returns its id.
    pub fn save(&self, id: Option<&str>, case: &Case, info: &ClientInfo) -> io::Result<String> {
        fs::create_dir_all(&self.dir)?;
        let id = match id {
            Some(id) => id.to_owned(),
            None => {
                let next = self
                    .case_ids()
                    .iter()
                    .filter_map(|i| i.strip_prefix('c')?.parse::<u32>().ok())
                    .max()
                    .unwrap_or(0)
                    + 1;
                format!("c{next:04}")
            }
        };
        let mut case = case.clone();
        case.client = Some(info.clone());
        save_atomic(&self.case_path(&id), case.to_toml().as_bytes())?;
        self.rebuild_index()?;
        Ok(id)
    }

    /// Loads a client's case.
    pub fn load(&self, id: &str) -> Result<Case, crate::error::InputErrors> {
        let path = self.case_path(id);
        let text = crate::error::read_text(&path)?;
        Case::parse(&path.display().to_string(), &text)
    }

    /// Copies a client's case to a new entry labelled `label`; returns the new id.
    pub fn duplicate(&self, id: &str, label: &str) -> io::Result<String> {
        let case = self.load(id).map_err(|e| io::Error::other(e.to_string()))?;
        let mut info = case.client.clone().unwrap_or_default();
        info.label = label.to_owned();
        self.save(None, &case, &info)
    }

    /// Deletes a client's case file (and its backup).
    pub fn delete(&self, id: &str) -> io::Result<()> {
        let path = self.case_path(id);
        fs::remove_file(&path)?;
        match fs::remove_file(crate::store::backup_path(&path)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
        self.rebuild_index().map(|_| ())
    }
}

/// The per-user data folder (`~/.local/share/recordrights` on Linux), if the system has one.
pub fn data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "recordrights").map(|d| d.data_dir().to_path_buf())
}

/// Deletes everything the program has stored for this user: autosave, client list,
/// settings. Returns what could not be deleted.
pub fn forget_everything(dir: &Path) -> io::Result<()> {
    match fs::remove_dir_all(dir) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CASE: &str = "format = \"recordrights-case/1\"\n[person]\nbirth_date = \"1990-05-01\"\n[[conviction]]\ncharge = \"危险驾驶罪\"\noffence_date = \"2024-09-01\"\njudgment_date = \"2024-11-10\"\npenalty = \"detention\"\nterm_months = 2\n";

    fn store(tag: &str) -> ClientStore {
        let d = std::env::temp_dir().join(format!("rr-clients-{tag}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        ClientStore::new(d)
    }

    fn info(label: &str, day: u32) -> ClientInfo {
        ClientInfo {
            label: label.into(),
            notes: format!("notes for {label}"),
            consulted_on: NaiveDate::from_ymd_opt(2026, 11, day),
        }
    }

    #[test]
    fn save_search_duplicate_delete() {
        let s = store("ops");
        let case = Case::parse("t", CASE).unwrap_or_else(|e| panic!("{e}"));
        let a = s.save(None, &case, &info("A-17", 20)).unwrap_or_default();
        let b = s.save(None, &case, &info("B-03", 21)).unwrap_or_default();
        assert_ne!(a, b);
        let labels: Vec<String> = s
            .list()
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(labels, ["B-03", "A-17"], "newest consultation first");
        assert_eq!(s.search("a-1").unwrap_or_default().len(), 1);
        assert_eq!(s.search("notes for").unwrap_or_default().len(), 2);
        let c = s.duplicate(&a, "A-17 copy").unwrap_or_default();
        let copy = s.load(&c).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(copy.person, case.person);
        assert_eq!(copy.client.map(|i| i.label), Some("A-17 copy".to_owned()));
        s.delete(&a).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.list().unwrap_or_default().len(), 2);
        let _ = forget_everything(s.dir());
        assert!(!s.dir().exists());
    }

    #[test]
    fn the_index_is_rebuilt_from_the_case_files() {
        let s = store("index");
        let case = Case::parse("t", CASE).unwrap_or_else(|e| panic!("{e}"));
        s.save(None, &case, &info("X", 1)).unwrap_or_default();
        s.save(None, &case, &info("Y", 2)).unwrap_or_default();
        fs::write(s.dir().join("index.toml"), "this is [not toml").unwrap_or_default();
        assert_eq!(
            s.list().unwrap_or_default().len(),
            2,
            "a damaged index is rebuilt"
        );
        fs::remove_file(s.dir().join("index.toml")).unwrap_or_default();
        let labels: Vec<String> = s
            .list()
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.label)
            .collect();
        assert_eq!(
            labels,
            ["Y", "X"],
            "a lost index is rebuilt with the labels from the case files"
        );
        let _ = forget_everything(s.dir());
    }
}
